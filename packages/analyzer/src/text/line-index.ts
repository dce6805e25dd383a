import type { Position, Range, Span } from '../types.js';

/** Converts offsets to 1-based line/column positions and back, in O(log lines). */
export class LineIndex {
  private readonly starts: number[];
  constructor(readonly text: string) {
    const starts = [0];
    if (!text.includes('\r')) {
      // The common case, without a look at every character.
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
      this.starts = starts;
      return;
    }
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
    this.starts = starts;
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** Offset of the first character of a 0-based line. */
  lineStart(line0: number): number {
    if (line0 <= 0) return 0;
    if (line0 >= this.starts.length) return this.text.length;
    return this.starts[line0]!;
  }

  /** Offset just past the last character of a 0-based line, before its line break. */
  lineEnd(line0: number): number {
    const next = line0 + 1 < this.starts.length ? this.starts[line0 + 1]! : this.text.length;
    let end = next;
    if (end > this.lineStart(line0) && this.text.charCodeAt(end - 1) === 10) end--;
    if (end > this.lineStart(line0) && this.text.charCodeAt(end - 1) === 13) end--;
    return Math.max(end, this.lineStart(line0));
  }

  /** 0-based line of an offset. */
  lineOf(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  position(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    const line = this.lineOf(o);
    return { line: line + 1, column: o - this.starts[line]! + 1 };
  }

  range(span: Span): Range {
    return { start: this.position(span.start), end: this.position(span.end) };
  }

  /** Offset of an LSP-style 0-based line/character, clamped into the text. */
  offsetAt(line0: number, character: number): number {
    if (line0 >= this.starts.length) return this.text.length;
    const start = this.lineStart(line0);
    const limit = line0 + 1 < this.starts.length ? this.starts[line0 + 1]! : this.text.length;
    return Math.min(start + character, limit);
  }
}
