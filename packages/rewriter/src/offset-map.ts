import type { TextEdit } from '@dop/analyzer';

interface Step {
  start: number;
  end: number;
  length: number;
}

/**
 * Maps offsets between the original text and the text after a sequence of edit passes, so every
 * change can name where it came from (original coordinates) and where it landed (output).
 */
export class OffsetMap {
  private readonly passes: Step[][] = [];

  /** Records one pass of non-overlapping edits, given in the coordinates before the pass. */
  push(edits: readonly TextEdit[]): void {
    this.passes.push(
      [...edits]
        .sort((a, b) => a.start - b.start || a.end - b.end)
        .map((e) => ({ start: e.start, end: e.end, length: e.text.length })),
    );
  }

  /** Where an offset of the text before pass `from` ends up after all passes. */
  forward(pos: number, bias: 'start' | 'end' = 'start', from = 0): number {
    let p = pos;
    for (let i = from; i < this.passes.length; i++) p = mapThrough(this.passes[i]!, p, bias);
    return p;
  }

  /** Where an offset of the text after pass `until - 1` (default: the last) came from in the original. */
  backward(pos: number, bias: 'start' | 'end' = 'start', until = this.passes.length): number {
    let p = pos;
    for (let i = until - 1; i >= 0; i--) p = mapBack(this.passes[i]!, p, bias);
    return p;
  }

  get passCount(): number {
    return this.passes.length;
  }
}

function mapThrough(steps: Step[], pos: number, bias: 'start' | 'end'): number {
  let delta = 0;
  for (const s of steps) {
    if (pos < s.start || (pos === s.start && s.start === s.end && bias === 'start')) break;
    if (pos < s.end || (pos === s.start && s.start === s.end)) {
      return bias === 'start' ? s.start + delta : s.start + delta + s.length;
    }
    delta += s.length - (s.end - s.start);
  }
  return pos + delta;
}

function mapBack(steps: Step[], pos: number, bias: 'start' | 'end'): number {
  let delta = 0;
  for (const s of steps) {
    const newStart = s.start + delta;
    const newEnd = newStart + s.length;
    if (pos < newStart || (pos === newStart && s.length === 0 && bias === 'start')) break;
    if (pos < newEnd || (pos === newStart && s.length === 0)) return bias === 'start' ? s.start : s.end;
    delta += s.length - (s.end - s.start);
  }
  return pos - delta;
}
