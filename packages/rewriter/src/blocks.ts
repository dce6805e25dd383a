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
  return instructions.map((ins) => {
    // Every comment between the previous instruction and this one travels with this one.
    const previous = model.instructions.filter((i) => i.endLine < ins.startLine).pop();
    const fromLine = previous ? previous.endLine + 1 : 0;
    const comments = model.comments
      .filter((c) => c.line >= fromLine && c.line < ins.startLine)
      .filter((c) => !model.directives.some((d) => d.span.start >= c.span.start && d.span.start < c.span.end))
      .map((c) => model.text.slice(c.span.start, c.span.end).trim());
    return { ins, comments, text: model.text.slice(ins.span.start, ins.span.end) };
  });
}

/** Renders blocks back to text, comments first. */
export function renderBlock(block: Pick<Block, 'comments' | 'text'>, nl: string): string {
  return [...block.comments, block.text].join(nl);
}
