import type { Span, TextEdit } from '../types.js';

/**
 * The one policy for applying edits that come in groups (a rule's fix, a rewriter proposal), used
 * by `fixAll`, the rewriter's pipeline, `dop lint --fix` and the playground's editor:
 *
 * - groups are taken in the order given, each whole or not at all;
 * - a group is deferred (never applied in part, never dropped without saying so) when
 *   - one of its edits is out of range (negative, past the end, end before start, not whole), or
 *     two of its own edits overlap: `invalid`;
 *   - one of its edits overlaps an edit of a group already taken: `overlap`;
 *   - one of its edits inserts at an offset where a taken edit starts, or starts where a taken
 *     insertion is (which goes first would be a guess): `same-insertion-point`.
 * - Edits that only touch (one ends where the next starts) do not overlap. Inside one group,
 *   insertions at one offset keep their given order.
 *
 * A deferred group is in the coordinates of the text before any edit; callers that iterate
 * (fixAll, the pipeline) ask again on the new text, where it may fit.
 */
export type DeferReason = 'invalid' | 'overlap' | 'same-insertion-point';

export interface EditGroup {
  edits: readonly TextEdit[];
}

export interface EditGroupsResult<G extends EditGroup> {
  text: string;
  applied: G[];
  deferred: { group: G; reason: DeferReason }[];
}

/** Applies the groups by the policy above. Pure; never throws. */
export function applyEditGroups<G extends EditGroup>(
  text: string,
  groups: readonly G[],
): EditGroupsResult<G> {
  const plan = new EditPlan(text.length);
  const applied: G[] = [];
  const deferred: { group: G; reason: DeferReason }[] = [];
  for (const group of groups) {
    const reason = plan.take(group.edits);
    if (reason) deferred.push({ group, reason });
    else applied.push(group);
  }
  return { text: plan.apply(text), applied, deferred };
}

/**
 * The groups taken so far, for callers that decide between the check and the take (the pipeline
 * names a change before it is taken, and a change switched off by the user takes nothing).
 * Spans are kept sorted, so each edit is checked against its neighbours only (a RUN with 2,000
 * installs gives 2,000 groups).
 */
export class EditPlan {
  private readonly spans: Span[] = [];
  private readonly edits: TextEdit[] = [];

  constructor(private readonly length: number) {}

  /** Why the group cannot be taken now, or null when it can. */
  check(group: readonly TextEdit[]): DeferReason | null {
    if (!group.every((e) => inRange(e, this.length)) || selfOverlap(group)) return 'invalid';
    for (const e of group) {
      const i = this.indexFor(e);
      const prev = this.spans[i - 1];
      const next = this.spans[i];
      if ((prev && e.start < prev.end) || (next && next.start < e.end)) return 'overlap';
      if (this.sharesInsertionPoint(e, i)) return 'same-insertion-point';
    }
    return null;
  }

  /** Takes the group when it fits; otherwise says why not and takes nothing. */
  take(group: readonly TextEdit[]): DeferReason | null {
    const reason = this.check(group);
    if (reason) return reason;
    for (const e of group) this.spans.splice(this.indexFor(e), 0, { start: e.start, end: e.end });
    this.edits.push(...group);
    return null;
  }

  /** Every edit taken, in the order taken. */
  taken(): readonly TextEdit[] {
    return this.edits;
  }

  /** The text with every taken edit applied. */
  apply(text: string): string {
    return applyEdits(text, this.edits);
  }

  /** Another group's edit starting at this edit's offset, where one of the two inserts. */
  private sharesInsertionPoint(e: Span, i: number): boolean {
    const clash = (s: Span) => s.start === e.start && (s.start === s.end || e.start === e.end);
    for (let j = i - 1; j >= 0 && this.spans[j]!.start === e.start; j--)
      if (clash(this.spans[j]!)) return true;
    for (let j = i; j < this.spans.length && this.spans[j]!.start === e.start; j++)
      if (clash(this.spans[j]!)) return true;
    return false;
  }

  /** Where a span goes in (start, end) order. */
  private indexFor(e: Span): number {
    let lo = 0;
    let hi = this.spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const m = this.spans[mid]!;
      if (m.start < e.start || (m.start === e.start && m.end <= e.end)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

function inRange(e: Span, length: number): boolean {
  return (
    Number.isInteger(e.start) &&
    Number.isInteger(e.end) &&
    e.start >= 0 &&
    e.start <= e.end &&
    e.end <= length
  );
}

/**
 * Applies edits given in the original's coordinates, all of them: callers that may get
 * overlapping edits go through `applyEditGroups`. Insertions at the same offset keep their order.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = edits
    .map((e, i) => ({ e, i }))
    .sort((a, b) => a.e.start - b.e.start || a.e.end - b.e.end || a.i - b.i);
  let out = '';
  let at = 0;
  for (const { e } of sorted) {
    if (e.start < at) throw new Error(`overlapping edits at offset ${e.start}`);
    out += text.slice(at, e.start) + e.text;
    at = e.end;
  }
  return out + text.slice(at);
}

/** Whether two of the edits overlap (touching ones, and insertions at one point, do not). */
function selfOverlap(edits: readonly Span[]): boolean {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  for (let i = 1; i < sorted.length; i++) if (sorted[i]!.start < sorted[i - 1]!.end) return true;
  return false;
}
