import { describe, expect, it } from 'vitest';
import { lint } from '../testing/lint.js';
import { rule } from './dop008-onbuild-forbidden-trigger.js';

describe('DOP008 onbuild-forbidden-trigger', () => {
  it('fires on ONBUILD ONBUILD, ONBUILD FROM and ONBUILD MAINTAINER, in any case', () => {
    const text =
      'FROM alpine:3.20\nONBUILD ONBUILD RUN true\nONBUILD FROM alpine:3.20\nonbuild maintainer me\n';
    const hits = lint(rule, text);
    expect(hits).toHaveLength(3);
    expect(hits[0]!.message.en).toBe('`ONBUILD ONBUILD` fails the build: ONBUILD cannot be chained.');
    expect(hits[0]!.span).toEqual({ start: 25, end: 32 });
    expect(hits[2]!.message.en).toContain('`ONBUILD maintainer`');
  });

  it('does not fire on allowed triggers, or on ONBUILD without one', () => {
    expect(
      lint(rule, 'FROM alpine:3.20\nONBUILD RUN echo FROM\nONBUILD COPY . /app\nONBUILD ARG X\nONBUILD\n'),
    ).toEqual([]);
    expect(lint(rule, 'FROM alpine:3.20\nRUN echo ONBUILD FROM x\n')).toEqual([]);
  });

  it('is silenced by the hadolint pragma', () => {
    expect(lint(rule, 'FROM alpine:3.20\n# hadolint ignore=DL3043\nONBUILD FROM alpine:3.20\n')).toEqual([]);
  });
});
