import type { ArgToken, InstructionNode } from './types.js';

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
  // Here-document bodies (and their closing line, even for an empty body) start on the line after
  // the first marker: nothing from there on is an operand.
  const base = ins.argsSpan?.start ?? 0;
  const bodies = ins.heredocs.map((h) => {
    const nl = ins.argsText.indexOf('\n', h.markerSpan.end - base);
    return nl < 0 ? Number.POSITIVE_INFINITY : base + nl;
  });
  const cutoff = bodies.length ? Math.min(...bodies) : Number.POSITIVE_INFINITY;
  const words = ins.args.filter((a) => a.span.start < cutoff);
  if (words.length < 2) return null;
  return { sources: words.slice(0, -1), dest: words[words.length - 1]!, json: false };
}
