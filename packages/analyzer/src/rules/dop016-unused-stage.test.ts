import { describe, expect, it } from 'vitest';
import { lint } from '../testing/lint.js';
import { rule } from './dop016-unused-stage.js';

describe('DOP016 unused-stage', () => {
  it('fires on non-final stages that no other stage uses', () => {
    const text =
      'FROM alpine:3.20 AS tools\nRUN true\nFROM alpine:3.20\nRUN true\nFROM alpine:3.20 AS final\nRUN true\n';
    const hits = lint(rule, text);
    expect(hits.map((h) => h.message.en)).toEqual([
      'Stage `tools` (line 1) is not used by any other stage, so `docker build` without `--target` skips it.',
      'Stage 1 (line 3) is not used by any other stage, so `docker build` without `--target` skips it.',
    ]);
    expect(hits[0]!.span).toEqual({ start: 20, end: 25 });
    // Copying from itself does not count as a use.
    expect(lint(rule, 'FROM alpine:3.20 AS a\nCOPY --from=a /x /y\nFROM alpine:3.20\n')).toHaveLength(1);
    // An ONBUILD trigger names a stage of the child build, not ours.
    expect(lint(rule, 'FROM alpine:3.20 AS a\nFROM alpine:3.20\nONBUILD COPY --from=a /x /y\n')).toHaveLength(
      1,
    );
  });

  it('does not fire on stages used by FROM, COPY --from (name or index) or RUN --mount from=', () => {
    expect(lint(rule, 'FROM alpine:3.20 AS base\nFROM base AS app\nRUN true\n')).toEqual([]);
    expect(lint(rule, 'FROM alpine:3.20 AS build\nFROM alpine:3.20\nCOPY --from=BUILD /x /y\n')).toEqual([]);
    expect(lint(rule, 'FROM alpine:3.20\nFROM alpine:3.20\nCOPY --from=0 /x /y\n')).toEqual([]);
    expect(
      lint(
        rule,
        'FROM alpine:3.20 AS src\nFROM alpine:3.20\nRUN --mount=type=bind,from=src,target=/s ls /s\n',
      ),
    ).toEqual([]);
    // A later stage used by an earlier one (BuildKit allows forward references).
    expect(lint(rule, 'FROM alpine:3.20 AS a\nCOPY --from=b /x /y\nFROM alpine:3.20 AS b\nFROM a\n')).toEqual(
      [],
    );
  });

  it('says nothing when a variable may name any stage, or for a single stage', () => {
    expect(
      lint(rule, 'FROM alpine:3.20 AS a\nFROM alpine:3.20\nARG SRC=a\nCOPY --from=$SRC /x /y\n'),
    ).toEqual([]);
    expect(
      lint(rule, 'ARG VARIANT\nFROM alpine:3.20 AS a\nFROM alpine:3.20 AS b\nFROM ${VARIANT}\n'),
    ).toEqual([]);
    expect(lint(rule, 'FROM alpine:3.20 AS only\n')).toEqual([]);
    expect(lint(rule, '')).toEqual([]);
  });

  it('is silenced by our pragma', () => {
    expect(lint(rule, '# dop ignore=DOP016\nFROM alpine:3.20 AS a\nFROM alpine:3.20\n')).toEqual([]);
  });
});
