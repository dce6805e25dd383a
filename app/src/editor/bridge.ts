/**
 * A small meeting point between React panels and the Monaco editors, which load lazily. Panels
 * call these; when the editor is not there yet, they fall back to the store.
 */
import { applyEditGroups, type Range, type TextEdit } from '@dop/analyzer';

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

/**
 * A fix's edits applied to `text` by the analyzer's one edit policy: whole or not at all. A fix
 * whose edits overlap each other or fall outside the text leaves the text as it is (`applied`
 * false) rather than half-applied.
 */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): { text: string; applied: boolean } {
  const r = applyEditGroups(text, [{ edits }]);
  return { text: r.text, applied: r.deferred.length === 0 };
}
