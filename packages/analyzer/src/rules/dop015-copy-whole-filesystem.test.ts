import { describe, expect, it } from 'vitest';
import { asOnbuild, lint } from '../testing/lint.js';
import { rule } from './dop015-copy-whole-filesystem.js';

const BUILD = 'FROM golang:1.23 AS build\nRUN go build -o /out/app .\n';

describe('DOP015 copy-whole-filesystem', () => {
  it('fires on / as a source of COPY --from, shell and exec form', () => {
    const text = `${BUILD}FROM debian:12-slim\nCOPY --from=build / /\n`;
    const hits = lint(rule, text);
    expect(hits).toHaveLength(1);
    expect(hits[0]!.message.en).toBe(
      '`COPY --from=build /` copies the whole filesystem of `build`: copy only the files this image needs.',
    );
    expect(hits[0]!.span.start).toBe(text.lastIndexOf('/ /'));
    expect(lint(rule, `${BUILD}FROM debian:12-slim\nCOPY --from=build ["/", "/"]\n`)).toHaveLength(1);
    expect(lint(rule, `${BUILD}FROM debian:12-slim\nCOPY --from=0 /. /rootfs/\n`)).toHaveLength(1);
    expect(lint(rule, 'FROM debian:12-slim\nCOPY --from=ubuntu:24.04 / /\n')).toHaveLength(1);
    expect(lint(rule, asOnbuild('FROM debian:12-slim\nCOPY --from=build / /\n'))).toHaveLength(1);
  });

  it('does not fire on paths, on the build context, or when squashing into scratch', () => {
    expect(lint(rule, `${BUILD}FROM debian:12-slim\nCOPY --from=build /out/app /usr/local/bin/\n`)).toEqual(
      [],
    );
    expect(lint(rule, 'FROM debian:12-slim\nCOPY rootfs/ /\nCOPY . /\n')).toEqual([]);
    expect(lint(rule, `${BUILD}FROM scratch\nCOPY --from=build / /\n`)).toEqual([]);
    expect(lint(rule, 'FROM debian:12-slim\nCOPY --from=build\nCOPY --from= / /\n')).toEqual([]);
  });

  it('is silenced by the hadolint pragma', () => {
    expect(
      lint(rule, `${BUILD}FROM debian:12-slim\n# hadolint ignore=DL3067\nCOPY --from=build / /\n`),
    ).toEqual([]);
  });
});
