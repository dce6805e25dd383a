import { describe, expect, it } from 'vitest';
import { lint } from '../testing/lint.js';
import { rule } from './dop013-copy-from-unknown-stage.js';

const BUILD = 'FROM golang:1.23 AS build\nRUN go build -o /app .\n';

describe('DOP013 copy-from-unknown-stage', () => {
  it('fires on a bare word that is not a stage, naming the stages', () => {
    const text = `${BUILD}FROM alpine:3.20\nCOPY --from=biuld /app /app\n`;
    const hits = lint(rule, text);
    expect(hits).toHaveLength(1);
    expect(hits[0]!.message.en).toBe(
      '`--from=biuld` names no stage (stages: `build`), so it will be pulled as the image `biuld` unless it is a build context given with `--build-context`. Check the spelling, or write the image as `name:tag`.',
    );
    expect(hits[0]!.span).toEqual({ start: text.indexOf('biuld'), end: text.indexOf('biuld') + 5 });
    expect(
      lint(rule, `${BUILD}FROM alpine:3.20\nRUN --mount=type=bind,from=biuld,target=/x ls /x\n`),
    ).toHaveLength(1);
    // ADD has no --from: that is a syntax problem, not a stage reference.
    expect(lint(rule, `${BUILD}FROM alpine:3.20\nADD --from=biuld /app /app\n`)).toHaveLength(0);
  });

  it('fires on a stage index that does not exist', () => {
    const hits = lint(rule, `${BUILD}FROM alpine:3.20\nCOPY --from=2 /app /app\n`);
    expect(hits).toHaveLength(1);
    expect(hits[0]!.message.en).toContain('there is no stage 2');
  });

  it('fires on a forward reference, and says when it is a cycle', () => {
    const forward = lint(
      rule,
      'FROM alpine:3.20 AS a\nCOPY --from=b /x /x\nFROM alpine:3.20 AS b\nRUN true\n',
    );
    expect(forward).toHaveLength(1);
    expect(forward[0]!.message.en).toContain('BuildKit accepts it');
    const cycle = lint(
      rule,
      'FROM alpine:3.20 AS a\nCOPY --from=1 /x /x\nFROM alpine:3.20 AS b\nCOPY --from=a /y /y\n',
    );
    expect(cycle).toHaveLength(1);
    expect(cycle[0]!.message.en).toContain('circular dependency detected');
  });

  it('does not fire on earlier stages, indexes, images or variables', () => {
    expect(
      lint(rule, `${BUILD}FROM alpine:3.20\nCOPY --from=build /app /app\nCOPY --from=0 /app /b\n`),
    ).toEqual([]);
    expect(lint(rule, `${BUILD}FROM alpine:3.20\nCOPY --from=BUILD /app /app\n`)).toEqual([]);
    expect(
      lint(
        rule,
        [
          'FROM alpine:3.20',
          'COPY --from=nginx:1.27 /etc/nginx /etc/nginx',
          'COPY --from=ghcr.io/acme/tools /bin/tool /bin/',
          'COPY --from=busybox /bin/busybox /bin/',
          'COPY --from=gcr.io/distroless/static@sha256:abc /etc/passwd /etc/',
          'ARG TOOLS=tools',
          'COPY --from=${TOOLS} /x /x',
          'COPY --from=$TOOLS /x /x',
          'RUN --mount=type=cache,target=/root/.cache true',
        ].join('\n'),
      ),
    ).toEqual([]);
  });

  it('leaves own-stage references to DOP014, FROM to others, and ONBUILD to the child build', () => {
    expect(lint(rule, 'FROM alpine:3.20 AS a\nCOPY --from=a /x /y\n')).toEqual([]);
    expect(lint(rule, 'FROM alpine:3.20\nONBUILD COPY --from=builder /app /app\n')).toEqual([]);
    expect(lint(rule, 'FROM myimage\nCOPY --from\n')).toEqual([]);
  });

  it('is silenced by the hadolint pragma', () => {
    expect(
      lint(rule, `${BUILD}FROM alpine:3.20\n# hadolint ignore=DL3022\nCOPY --from=biuld /app /app\n`),
    ).toEqual([]);
  });
});
