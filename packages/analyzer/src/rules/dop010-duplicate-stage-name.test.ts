import { describe, expect, it } from 'vitest';
import { lint } from '../testing/lint.js';
import { rule } from './dop010-duplicate-stage-name.js';

describe('DOP010 duplicate-stage-name', () => {
  it('fires on every later stage that reuses a name, ignoring case', () => {
    const hits = lint(
      rule,
      'FROM alpine:3.20 AS build\nFROM alpine:3.20 AS Build\nFROM alpine:3.20 as BUILD\n',
    );
    expect(hits).toHaveLength(2);
    expect(hits[0]!.message.en).toBe(
      'Stage name `Build` is already used by the stage on line 1 (names ignore case).',
    );
    expect(hits[0]!.span).toEqual({ start: 46, end: 51 });
  });

  it('does not fire on distinct names or unnamed stages', () => {
    expect(
      lint(rule, 'FROM alpine:3.20 AS a\nFROM alpine:3.20 AS b\nFROM alpine:3.20\nFROM alpine:3.20\n'),
    ).toEqual([]);
    // `FROM build AS build2` builds on a stage: not a duplicate.
    expect(lint(rule, 'FROM alpine:3.20 AS build\nFROM build AS build2\n')).toEqual([]);
    expect(lint(rule, 'FROM alpine:3.20 AS\nFROM\n')).toEqual([]);
  });

  it('is silenced by pragmas and by the Trivy id', () => {
    const text = 'FROM alpine:3.20 AS a\n# hadolint ignore=DL3024\nFROM alpine:3.20 AS a\n';
    expect(lint(rule, text)).toEqual([]);
    expect(
      lint(rule, '# check=skip=DuplicateStageName\nFROM alpine:3.20 AS a\nFROM alpine:3.20 AS a\n'),
    ).toEqual([]);
    expect(
      lint(rule, 'FROM alpine:3.20 AS a\nFROM alpine:3.20 AS a\n', { disabledRules: ['DS-0012'] }),
    ).toEqual([]);
  });
});
