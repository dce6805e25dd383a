import { describe, expect, it } from 'vitest';
import { lint } from '../testing/lint.js';
import { rule } from './dop014-copy-from-own-stage.js';

describe('DOP014 copy-from-own-stage', () => {
  it('fires on COPY --from and RUN --mount from= naming the current stage, by name or index', () => {
    const text =
      'FROM alpine:3.20 AS base\nRUN true\nFROM alpine:3.20 AS app\nCOPY --from=App /a /b\nCOPY --from=1 /a /c\n';
    const hits = lint(rule, text);
    expect(hits).toHaveLength(2);
    expect(hits[0]!.message.en).toBe(
      '`--from=App` names the stage this COPY is in; a stage cannot read from itself.',
    );
    expect(hits[0]!.span).toEqual({ start: text.indexOf('App'), end: text.indexOf('App') + 3 });
    expect(
      lint(rule, 'FROM alpine:3.20 AS app\nRUN --mount=type=bind,from=app,target=/x ls /x\n'),
    ).toHaveLength(1);
  });

  it('does not fire on other stages, images, variables or ONBUILD', () => {
    expect(lint(rule, 'FROM alpine:3.20 AS base\nFROM alpine:3.20 AS app\nCOPY --from=base /a /b\n')).toEqual(
      [],
    );
    expect(
      lint(rule, 'FROM alpine:3.20 AS app\nCOPY --from=app:1.0 /a /b\nCOPY --from=$SELF /a /b\n'),
    ).toEqual([]);
    // An ONBUILD trigger runs in the child build, where `app` may well be another stage.
    expect(lint(rule, 'FROM alpine:3.20 AS app\nONBUILD COPY --from=app /a /b\n')).toEqual([]);
    expect(lint(rule, 'COPY --from=0 /a /b\nFROM alpine:3.20\n')).toEqual([]);
  });

  it('is silenced by the hadolint pragma and the Trivy id', () => {
    expect(lint(rule, 'FROM alpine:3.20 AS app\n# hadolint ignore=DL3023\nCOPY --from=app /a /b\n')).toEqual(
      [],
    );
    expect(
      lint(rule, 'FROM alpine:3.20 AS app\nCOPY --from=app /a /b\n', { disabledRules: ['DS006'] }),
    ).toEqual([]);
  });
});
