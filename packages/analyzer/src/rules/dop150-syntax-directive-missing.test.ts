import { describe, expect, it } from 'vitest';
import { asOnbuild, fixed, lint } from '../testing/lint.js';
import { rule } from './dop150-syntax-directive-missing.js';

describe('DOP150 syntax-directive-missing', () => {
  it('fires once per file, listing the new features it uses', () => {
    const text =
      'FROM node:22\nRUN --mount=type=cache,target=/root/.npm npm ci\nCOPY --link . .\nCOPY --chmod=u+x run.sh /\nRUN <<EOF\nnpm test\nEOF\n';
    const hits = lint(rule, text);
    expect(hits).toHaveLength(1);
    expect(hits[0]!.message.en).toBe(
      'This file uses RUN --mount, COPY --link, COPY --chmod (+1) but has no `# syntax=` directive; older builders will reject it.',
    );
    expect(hits[0]!.span.start).toBe(text.indexOf('--mount'));
  });

  it('fires on each feature alone', () => {
    for (const line of [
      'RUN --network=none make',
      'COPY --exclude=*.md . /src',
      'COPY --parents ./a/b /dst',
      'ADD --checksum=sha256:0123 https://example.com/x.tgz /x.tgz',
      'COPY <<EOF /etc/x.conf\nkey=1\nEOF',
    ]) {
      expect(lint(rule, `FROM alpine:3.20\n${line}\n`), line).toHaveLength(1);
    }
    expect(lint(rule, '# check=skip=JSONArgsRecommended\nFROM alpine:3.20\n')[0]!.message.en).toContain(
      'the `# check=` directive',
    );
    expect(
      lint(rule, asOnbuild('FROM alpine:3.20\nRUN --mount=type=secret,id=x cat /run/secrets/x\n')),
    ).toHaveLength(1);
  });

  it('fixes by adding the directive on the first line', () => {
    expect(fixed(rule, 'FROM alpine:3.20\nRUN --mount=type=tmpfs,target=/tmp make\n')).toBe(
      '# syntax=docker/dockerfile:1\nFROM alpine:3.20\nRUN --mount=type=tmpfs,target=/tmp make\n',
    );
    expect(fixed(rule, '# escape=`\nFROM alpine:3.20\nCOPY --link a b\n')).toBe(
      '# syntax=docker/dockerfile:1\n# escape=`\nFROM alpine:3.20\nCOPY --link a b\n',
    );
    expect(fixed(rule, '\uFEFFFROM alpine:3.20\nCOPY --link a b\n')).toBe(
      '\uFEFF# syntax=docker/dockerfile:1\nFROM alpine:3.20\nCOPY --link a b\n',
    );
  });

  it('does not fire with a syntax directive, or on features every frontend knows', () => {
    expect(lint(rule, '# syntax=docker/dockerfile:1.7\nFROM alpine:3.20\nCOPY --link a b\n')).toEqual([]);
    expect(lint(rule, '# SYNTAX=docker/dockerfile:1\nFROM alpine:3.20\nCOPY --link a b\n')).toEqual([]);
    expect(
      lint(
        rule,
        'FROM alpine:3.20 AS b\nCOPY --chown=1000:1000 --chmod=0755 a /a\nCOPY --from=b /a /b\nRUN ["sh", "-c", "echo <<EOF"]\n',
      ),
    ).toEqual([]);
    expect(lint(rule, '')).toEqual([]);
  });

  it('is silenced by our pragma', () => {
    expect(lint(rule, '# dop global ignore=DOP150\nFROM alpine:3.20\nCOPY --link a b\n')).toEqual([]);
  });
});
