import type { Span, TextEdit } from '@dop/analyzer';

interface Step {
  start: number;
  end: number;
  length: number;
  /** The edit it records, so an edit can be found again by identity (`landed`). */
  edit: TextEdit;
}

/**
 * How an offset crosses a pass: `inside` for an offset strictly inside replaced text (the start
 * or the end of the new text), `tie` for an offset where text is inserted (before or after it).
 */
interface Bias {
  inside: 'start' | 'end';
  tie: 'before' | 'after';
}

const BIAS: Record<'start' | 'end', Bias> = {
  start: { inside: 'start', tie: 'before' },
  end: { inside: 'end', tie: 'after' },
};

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
      .map((e) => ({ start: e.start, end: e.end, length: e.text.length, edit: e }));
    const deltaBefore = [0];
    for (const s of steps) deltaBefore.push(deltaBefore.at(-1)! + s.length - (s.end - s.start));
    this.passes.push({ steps, deltaBefore });
  }

  /** Forgets the passes after the first `count` (a step undone). */
  truncate(count: number): void {
    this.passes.length = Math.min(this.passes.length, count);
  }

  /**
   * Where an offset of the text before pass `from` ends up after all passes. `start` puts it
   * before text inserted there, `end` after; inside replaced text, at the start or end of the
   * new text.
   */
  forward(pos: number, bias: 'start' | 'end' = 'start', from = 0): number {
    return this.through(pos, BIAS[bias], from);
  }

  /**
   * Where a span of the text before pass `from` ends up: text other edits insert at its edges
   * stays outside it (a change's range never takes in its neighbour's insertion), text they put
   * in place of part of it is inside it.
   */
  forwardSpan(span: Span, from = 0): Span {
    if (span.start === span.end) {
      const at = this.forward(span.start, 'start', from);
      return { start: at, end: at };
    }
    const start = this.through(span.start, { inside: 'start', tie: 'after' }, from);
    const end = this.through(span.end, { inside: 'end', tie: 'before' }, from);
    return { start, end: Math.max(start, end) };
  }

  /**
   * Where the text of one edit of pass `pass` ends up after all passes, found by the edit itself:
   * two insertions at one offset land side by side and each keeps its own range.
   */
  landed(edit: TextEdit, pass: number): Span {
    const { steps, deltaBefore } = this.passes[pass]!;
    const i = steps.findIndex((s) => s.edit === edit);
    if (i < 0) throw new Error('landed: the edit is not one of this pass');
    const start = steps[i]!.start + deltaBefore[i]!;
    return this.forwardSpan({ start, end: start + steps[i]!.length }, pass + 1);
  }

  private through(pos: number, bias: Bias, from: number): number {
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

function mapThrough(pass: Pass, pos: number, bias: Bias): number {
  const { steps, deltaBefore } = pass;
  const from = firstRelevant(pass, pos, (i) => steps[i]!.start);
  let delta = deltaBefore[from]!;
  for (let i = from; i < steps.length; i++) {
    const s = steps[i]!;
    if (s.start === s.end) {
      // An insertion: an offset there goes before it, or after it (and any others there).
      if (pos < s.start || (pos === s.start && bias.tie === 'before')) break;
    } else {
      // Replaced text: its first offset is just before the new text; inside, at one end of it.
      if (pos <= s.start) break;
      if (pos < s.end) return bias.inside === 'start' ? s.start + delta : s.start + delta + s.length;
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
    if (pos < newStart) break;
    if (s.length > 0) {
      // Just before new text; inside it, back to one end of what it replaced.
      if (pos === newStart) break;
      if (pos < newStart + s.length) return bias === 'start' ? s.start : s.end;
    } else if (pos === newStart && bias === 'start') {
      // Where text was deleted: before the deletion, or (end) after it and any others there.
      break;
    }
    delta += s.length - (s.end - s.start);
  }
  return pos - delta;
}
