import { describe, expect, it } from 'vitest';
import { applyTextEdits } from './bridge';

describe('applyTextEdits (a fix clicked in the findings panel)', () => {
  it('applies every edit of the fix', () => {
    const edits = [
      { start: 0, end: 3, text: 'FROM' },
      { start: 10, end: 10, text: ':12' },
    ];
    expect(applyTextEdits('fro debian', edits)).toEqual({ text: 'FROM debian:12', applied: true });
  });

  it('applies nothing of a fix whose edits overlap or leave the text, and says so', () => {
    const overlapping = [
      { start: 0, end: 4, text: 'a' },
      { start: 2, end: 6, text: 'b' },
    ];
    expect(applyTextEdits('abcdefgh', overlapping)).toEqual({ text: 'abcdefgh', applied: false });
    expect(applyTextEdits('abc', [{ start: 2, end: 9, text: '' }])).toEqual({ text: 'abc', applied: false });
  });
});
