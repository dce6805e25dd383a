import { describe, expect, it } from 'vitest';
import { asOnbuild, fixed, lint } from '../testing/lint.js';
import { rule } from './dop115-legacy-key-value-format.js';

describe('DOP115 legacy-key-value-format', () => {
  it('fires on ENV and LABEL in the whitespace form', () => {
    const hits = lint(rule, 'FROM alpine:3.20\nENV A 1\nLABEL title My app\n');
    expect(hits.map((h) => h.message.en)).toEqual([
      '`ENV A …` uses the legacy whitespace form; write `ENV A=…`.',
      '`LABEL title …` uses the legacy whitespace form; write `LABEL title=…`.',
    ]);
  });

  it('fixes by inserting = and quoting values with spaces', () => {
    expect(fixed(rule, 'FROM alpine:3.20\nENV A 1\n')).toBe('FROM alpine:3.20\nENV A=1\n');
    expect(fixed(rule, 'FROM alpine:3.20\nENV PATH   /opt/bin:$PATH\n')).toBe(
      'FROM alpine:3.20\nENV PATH=/opt/bin:$PATH\n',
    );
    expect(fixed(rule, 'FROM alpine:3.20\nLABEL title My  app $V\n')).toBe(
      'FROM alpine:3.20\nLABEL title="My  app $V"\n',
    );
    expect(fixed(rule, 'FROM alpine:3.20\nENV MSG "hello world"\n')).toBe(
      'FROM alpine:3.20\nENV MSG="hello world"\n',
    );
  });

  it('offers no fix where quoting would need rewriting the value', () => {
    const hits = lint(rule, 'FROM alpine:3.20\nENV MSG say "hi" now\n');
    expect(hits).toHaveLength(1);
    expect(hits[0]!.fix).toBeUndefined();
  });

  it('fires under ONBUILD', () => {
    expect(fixed(rule, asOnbuild('FROM alpine:3.20\nENV A 1\n'))).toBe('FROM alpine:3.20\nONBUILD ENV A=1\n');
  });

  it('does not fire on key=value, ARG, or an ENV without a value', () => {
    expect(lint(rule, 'FROM alpine:3.20\nENV A=1 B="x y"\nLABEL a=b\nARG X\nARG Y=2\n')).toEqual([]);
    expect(lint(rule, 'FROM alpine:3.20\nENV A\n')).toEqual([]);
  });

  it('is silenced by a check=skip directive', () => {
    expect(lint(rule, '# check=skip=LegacyKeyValueFormat\nFROM alpine:3.20\nENV A 1\n')).toEqual([]);
  });
});
