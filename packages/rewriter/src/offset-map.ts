import type { TextEdit } from '@dop/analyzer';

interface Step {
  start: number;
  end: number;
  length: number;
}

/** One pass: its steps in order, and the length change before each (so a lookup is a search). */
interface Pass {
  steps: Step[];
  /** deltaBefore[i]: the total length change of steps[0..i-1]. */
  deltaBefore: number[];
}

/**
 * Maps offsets between the original text and the text after a sequence of edit passes, so every
 * change can name where it came from (original coordinates) and where it landed (output).
 */
export class OffsetMap {
  private readonly passes: Pass[] = [];

  /** Records one pass of non-overlapping edits, given in the coordinates before the pass. */
  push(edits: readonly TextEdit[]): void {
    const steps = [...edits]
      .sort((a, b) => a.start - b.start || a.end - b.end)
      .map((e) => ({ start: e.start, end: e.end, length: e.text.length }));
    const deltaBefore = [0];
    for (const s of steps) deltaBefore.push(deltaBefore.at(-1)! + s.length - (s.end - s.start));
    this.passes.push({ steps, deltaBefore });
  }

  /** Forgets the passes after the first `count` (a step undone). */
  truncate(count: number): void {
    this.passes.length = Math.min(this.passes.length, count);
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

/**
 * Steps before the one found by a binary search all end before `pos` and only shift it; the walk
 * starts one step earlier (it may hold `pos`), so each lookup is O(log n) instead of O(n).
 */
function firstRelevant(pass: Pass, pos: number, startOf: (i: number) => number): number {
  let lo = 0;
  let hi = pass.steps.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (startOf(mid) < pos) lo = mid + 1;
    else hi = mid;
  }
  return Math.max(0, lo - 1);
}

function mapThrough(pass: Pass, pos: number, bias: 'start' | 'end'): number {
  const { steps, deltaBefore } = pass;
  const from = firstRelevant(pass, pos, (i) => steps[i]!.start);
  let delta = deltaBefore[from]!;
  for (let i = from; i < steps.length; i++) {
    const s = steps[i]!;
    if (pos < s.start || (pos === s.start && s.start === s.end && bias === 'start')) break;
    if (pos < s.end || (pos === s.start && s.start === s.end)) {
      return bias === 'start' ? s.start + delta : s.start + delta + s.length;
    }
    delta += s.length - (s.end - s.start);
  }
  return pos + delta;
}

function mapBack(pass: Pass, pos: number, bias: 'start' | 'end'): number {
  const { steps, deltaBefore } = pass;
  const from = firstRelevant(pass, pos, (i) => steps[i]!.start + deltaBefore[i]!);
  let delta = deltaBefore[from]!;
  for (let i = from; i < steps.length; i++) {
    const s = steps[i]!;
    const newStart = s.start + delta;
    const newEnd = newStart + s.length;
    if (pos < newStart || (pos === newStart && s.length === 0 && bias === 'start')) break;
    if (pos < newEnd || (pos === newStart && s.length === 0)) return bias === 'start' ? s.start : s.end;
    delta += s.length - (s.end - s.start);
  }
  return pos - delta;
}
