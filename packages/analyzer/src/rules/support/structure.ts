/** Helpers shared by the "structure" rules (DOP002…DOP019): stages, their names and references. */
import type { ArgToken, InstructionNode } from '../../model/types.js';

/** Keywords the builder knows; an unknown one is DOP001's finding, so structure rules skip it. */
export const KNOWN_KEYWORDS: ReadonlySet<string> = new Set([
  'ADD',
  'ARG',
  'CMD',
  'COPY',
  'ENTRYPOINT',
  'ENV',
  'EXPOSE',
  'FROM',
  'HEALTHCHECK',
  'LABEL',
  'MAINTAINER',
  'ONBUILD',
  'RUN',
  'SHELL',
  'STOPSIGNAL',
  'USER',
  'VOLUME',
  'WORKDIR',
]);

/** `upper` for `RUN`, `lower` for `run`, `mixed` for `Run`. */
export function casingOf(word: string): 'upper' | 'lower' | 'mixed' {
  if (word === word.toUpperCase()) return 'upper';
  if (word === word.toLowerCase()) return 'lower';
  return 'mixed';
}

/**
 * The operands of a COPY or ADD: the sources and the destination, from the JSON array in exec form
 * or the words of the command line in shell form. Here-document bodies are not operands, but each
 * `<<EOF` marker is a source. Null when there is no destination.
 */
export function copyOperands(
  ins: InstructionNode,
): { sources: ArgToken[]; dest: ArgToken; json: boolean } | null {
  if (ins.json) {
    if (ins.json.length < 2) return null;
    return { sources: ins.json.slice(0, -1), dest: ins.json[ins.json.length - 1]!, json: true };
  }
  const bodies = ins.heredocs.map((h) => h.contentSpan?.start).filter((s) => s !== undefined);
  const cutoff = bodies.length ? Math.min(...bodies) : Number.POSITIVE_INFINITY;
  const words = ins.args.filter((a) => a.span.start < cutoff);
  if (words.length < 2) return null;
  return { sources: words.slice(0, -1), dest: words[words.length - 1]!, json: false };
}

/** One string of a bracketed list written in the arguments: its quote and where it sits. */
export interface QuotedItem {
  quote: '"' | "'";
  /** Offsets of the opening and closing quote characters. */
  open: number;
  close: number;
  content: string;
}

/**
 * Reads `[ 'a', "b" ]` written with either quote, as people mean exec form, from `text` starting at
 * `offset` (the instruction's arguments). Line continuations count as spaces. Returns the items,
 * or null when the text is not such a list (shell form, or something else after the `]`).
 */
export function quotedList(text: string, offset: number, escapeChar: string): QuotedItem[] | null {
  let i = 0;
  const skip = () => {
    for (;;) {
      const c = text[i];
      if (c === ' ' || c === '\t' || c === '\r' || c === '\n') i++;
      else if (c === escapeChar && /^\r?\n/.test(text.slice(i + 1, i + 3))) i++;
      else return;
    }
  };
  skip();
  if (text[i] !== '[') return null;
  i++;
  const items: QuotedItem[] = [];
  for (;;) {
    skip();
    const q = text[i];
    if (q !== '"' && q !== "'") return null;
    const open = i++;
    while (i < text.length && text[i] !== q) i += text[i] === '\\' && q === '"' ? 2 : 1;
    if (i >= text.length) return null;
    items.push({ quote: q, open: offset + open, close: offset + i, content: text.slice(open + 1, i) });
    i++;
    skip();
    if (text[i] === ',') {
      i++;
      continue;
    }
    if (text[i] !== ']') return null;
    i++;
    skip();
    return i >= text.length ? items : null;
  }
}
