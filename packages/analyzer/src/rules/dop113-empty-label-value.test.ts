import { describe, expect, it } from 'vitest';
import { asOnbuild, lint } from '../testing/lint.js';
import { rule } from './dop113-empty-label-value.js';

describe('DOP113 empty-label-value', () => {
  it('fires on each empty label', () => {
    const text = 'FROM alpine:3.20\nLABEL a="" b=1 c=\nLABEL d=" "\n';
    const hits = lint(rule, text);
    expect(hits.map((h) => h.message.en)).toEqual([
      'Label `a` is empty: give it a value or remove it.',
      'Label `c` is empty: give it a value or remove it.',
      'Label `d` is empty: give it a value or remove it.',
    ]);
    expect(hits[0]!.span).toEqual({ start: text.indexOf('a=""'), end: text.indexOf('a=""') + 4 });
  });

  it('fires under ONBUILD', () => {
    expect(lint(rule, asOnbuild('FROM alpine:3.20\nLABEL a=""\n'))).toHaveLength(1);
  });

  it('does not fire on values, variables, or blanking a label a parent stage sets', () => {
    expect(lint(rule, 'FROM alpine:3.20\nLABEL a=1 b="x y" c=$VERSION\n')).toEqual([]);
    expect(lint(rule, 'FROM alpine:3.20 AS base\nLABEL a=1\nFROM base\nLABEL a=""\n')).toEqual([]);
    expect(lint(rule, 'FROM alpine:3.20\nLABEL\n')).toEqual([]);
  });

  it('is silenced by a hadolint pragma', () => {
    expect(lint(rule, 'FROM alpine:3.20\n# hadolint ignore=DL3051\nLABEL a=""\n')).toEqual([]);
  });
});
