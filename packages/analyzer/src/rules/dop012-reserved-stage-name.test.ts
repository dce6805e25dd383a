import { describe, expect, it } from 'vitest';
import { lint } from '../testing/lint.js';
import { rule } from './dop012-reserved-stage-name.js';

describe('DOP012 reserved-stage-name', () => {
  it('fires on scratch and context as stage names, in any case', () => {
    const hits = lint(rule, 'FROM alpine:3.20 AS scratch\nFROM alpine:3.20 AS Context\n');
    expect(hits.map((h) => h.message.en)).toEqual([
      '`scratch` is a reserved word and cannot name a stage: `scratch` already means the empty image.',
      '`Context` is a reserved word and cannot name a stage: `context` already means the build context.',
    ]);
    expect(hits[0]!.span).toEqual({ start: 20, end: 27 });
  });

  it('does not fire on FROM scratch or names that only contain the words', () => {
    expect(lint(rule, 'FROM scratch\nFROM scratch AS final\nFROM alpine:3.20 AS build-context\n')).toEqual(
      [],
    );
    expect(lint(rule, 'FROM alpine:3.20 AS\n')).toEqual([]);
  });

  it('is silenced by pragmas', () => {
    expect(lint(rule, '# hadolint ignore=DL3063\nFROM alpine:3.20 AS scratch\n')).toEqual([]);
    expect(lint(rule, '# check=skip=ReservedStageName\nFROM alpine:3.20 AS scratch\n')).toEqual([]);
  });
});
