import type { DockerfileModel, InstructionNode } from '@dop/analyzer';

/** An instruction with the comment lines directly above it, as written. */
export interface Block {
  ins: InstructionNode;
  /** Comment lines (with their `#`) directly above the instruction, no blank line between. */
  comments: string[];
  /** The instruction's own text, continuation lines included. */
  text: string;
}

/** The blocks of a stage, in order: each instruction with the comments that describe it. */
export function blocksOf(model: DockerfileModel, instructions: readonly InstructionNode[]): Block[] {
  // Both lists are in document order: binary searches keep this linear-ish on a 5 MB paste.
  const ends = model.instructions.map((i) => i.endLine);
  const commentLines = model.comments.map((c) => c.line);
  return instructions.map((ins) => {
    // Every comment between the previous instruction and this one travels with this one.
    const before = firstAtLeast(ends, ins.startLine);
    const fromLine = before > 0 ? ends[before - 1]! + 1 : 0;
    const comments = model.comments
      .slice(firstAtLeast(commentLines, fromLine), firstAtLeast(commentLines, ins.startLine))
      .filter((c) => !model.directives.some((d) => d.span.start >= c.span.start && d.span.start < c.span.end))
      .map((c) => model.text.slice(c.span.start, c.span.end).trim());
    return { ins, comments, text: model.text.slice(ins.span.start, ins.span.end) };
  });
}

/** Index of the first value ≥ `n` in an ascending list (its length when there is none). */
function firstAtLeast(sorted: readonly number[], n: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < n) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Renders blocks back to text, comments first. */
export function renderBlock(block: Pick<Block, 'comments' | 'text'>, nl: string): string {
  return [...block.comments, block.text].join(nl);
}
