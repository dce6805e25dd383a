import { describe, expect, it } from 'vitest';
import { LineIndex } from './line-index.js';

/** Line and column of every offset, counted one character at a time (CRLF, CR and LF end a line). */
function naive(text: string): { line: number; column: number }[] {
  const out = [];
  let line = 1;
  let column = 1;
  for (let i = 0; i <= text.length; i++) {
    out.push({ line, column });
    const c = text[i];
    if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) {
      line++;
      column = 1;
    } else column++;
  }
  return out;
}

describe('LineIndex', () => {
  const texts = [
    '',
    'FROM a',
    'FROM a\n',
    '\n\nRUN x\n\n',
    'FROM a\r\nRUN b\r\n',
    'a\rb\r\nc\nd',
    '\r\r\n\n',
  ];
  it.each(texts)('positions every offset of %j as a character-by-character count does', (text) => {
    const lines = new LineIndex(text);
    const want = naive(text);
    for (let o = 0; o <= text.length; o++) expect(lines.position(o)).toEqual(want[o]);
    expect(lines.lineCount).toBe(want[text.length]!.line);
  });
});
