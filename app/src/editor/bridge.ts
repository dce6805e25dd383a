/**
 * A small meeting point between React panels and the Monaco editors, which load lazily. Panels
 * call these; when the editor is not there yet, they fall back to the store.
 */
import type { Range, TextEdit } from '@dop/analyzer';

export interface SourceEditorApi {
  /** Puts edits made in the editor and not yet in the store into the store now. */
  flush(): void;
  reveal(range: Range): void;
  applyEdits(edits: TextEdit[]): void;
  focus(): void;
}

export interface DiffEditorApi {
  highlight(
    original: Array<{ start: number; end: number }>,
    modified: Array<{ start: number; end: number }>,
  ): void;
}

export const bridge: { source: SourceEditorApi | null; diff: DiffEditorApi | null } = {
  source: null,
  diff: null,
};

/** Applies non-overlapping edits (offsets into `text`) from last to first. */
export function applyTextEdits(text: string, edits: TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  let limit = Number.POSITIVE_INFINITY;
  for (const e of sorted) {
    if (e.end > limit) continue; // overlaps one already applied: skip it
    out = out.slice(0, e.start) + e.text + out.slice(e.end);
    limit = e.start;
  }
  return out;
}
