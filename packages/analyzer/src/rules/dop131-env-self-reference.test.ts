import { describe, expect, it } from 'vitest';
import { asOnbuild, fixed, lint } from '../testing/lint.js';
import { rule } from './dop131-env-self-reference.js';

describe('DOP131 env-self-reference', () => {
  it('fires when a later pair uses a name set earlier in the same ENV', () => {
    expect(lint(rule, 'FROM alpine:3.20\nENV A=1 B=$A')).toHaveLength(1);
    expect(lint(rule, 'FROM alpine:3.20\nENV A=1 B="${A}/bin" C=${A:-x}')).toHaveLength(2);
    expect(lint(rule, 'FROM alpine:3.20\nENV A=0\nENV A=1 B=$A')).toHaveLength(1);
    expect(lint(rule, asOnbuild('FROM alpine:3.20\nENV A=1 B=$A'))).toHaveLength(1);
    const f = lint(rule, 'FROM alpine:3.20\nENV HOME_DIR=/app BIN=$HOME_DIR/bin');
    expect(f[0]!.message.en).toContain('`BIN` uses `$HOME_DIR`');
  });

  it('does not fire on self or earlier references, quotes and escapes', () => {
    expect(lint(rule, 'FROM alpine:3.20\nENV PATH=/opt/bin:$PATH')).toEqual([]);
    expect(lint(rule, 'FROM alpine:3.20\nENV A=1\nENV B=$A')).toEqual([]);
    expect(lint(rule, 'FROM alpine:3.20\nENV B=$A A=1')).toEqual([]);
    expect(lint(rule, "FROM alpine:3.20\nENV A=1 B='$A'")).toEqual([]);
    expect(lint(rule, 'FROM alpine:3.20\nENV A=1 B=\\$A')).toEqual([]);
    expect(lint(rule, 'FROM alpine:3.20\nENV A=1 AB=$AB')).toEqual([]);
    expect(lint(rule, 'FROM alpine:3.20\nENV A $A')).toEqual([]);
    expect(
      lint(rule, '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nENV A=1 B=`$A'),
    ).toEqual([]);
    expect(lint(rule, 'FROM alpine:3.20\nENV')).toEqual([]);
  });

  it('fixes by splitting the ENV (review)', () => {
    expect(fixed(rule, 'FROM alpine:3.20\nENV A=1 B=$A')).toBe('FROM alpine:3.20\nENV A=1\nENV B=$A');
    expect(fixed(rule, 'FROM alpine:3.20\nenv A=1 \\\n    B=$A C=2')).toBe(
      'FROM alpine:3.20\nenv A=1\nenv B=$A C=2',
    );
    expect(fixed(rule, asOnbuild('FROM alpine:3.20\nENV A=1 B=$A'))).toBe(
      'FROM alpine:3.20\nONBUILD ENV A=1\nONBUILD ENV B=$A',
    );
    expect(lint(rule, 'FROM alpine:3.20\nENV A=1 B=$A')[0]!.fix!.safety).toBe('review');
  });

  it('is silenced by the hadolint id', () => {
    expect(lint(rule, 'FROM alpine:3.20\n# hadolint ignore=DL3044\nENV A=1 B=$A')).toEqual([]);
  });
});
