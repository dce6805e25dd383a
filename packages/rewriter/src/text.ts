import { type InstructionNode, type SimpleCommand, wholeLines } from '@dop/analyzer';

/** The line helpers fixes and transforms share, kept with the analyzer's text helpers. */
export { eol, indentAt, wholeLines } from '@dop/analyzer';

/** Commands at the top level of a shell-form RUN (not inside `$(…)`, subshells or `sh -c`). */
export function topCommands(ins: InstructionNode): SimpleCommand[] {
  return (ins.shell?.commands ?? []).filter((c) => c.context === 'top' && c.depth === 0);
}

/** The commands a RUN runs at its script's top level: its own line's, or a here-document script's. */
export function scriptCommands(ins: InstructionNode): SimpleCommand[] {
  return (ins.shell?.commands ?? []).filter(
    (c) => (c.context === 'top' && c.depth === 0) || (c.context === 'heredoc' && c.depth === 1),
  );
}

/** Whether every top-level command is joined by `&&` (so the RUN is one straight sequence). */
export function isAndChain(commands: readonly SimpleCommand[]): boolean {
  return (
    commands.every((c, i) => (i === 0 ? c.connector === null : c.connector === '&&')) &&
    commands.every((c) => c.pipeline.size === 1)
  );
}

/** A plain shell-form RUN: no exec form, no heredocs, no flags we would have to carry. */
export function isPlainRun(ins: InstructionNode): boolean {
  return ins.keyword === 'RUN' && !ins.json && ins.heredocs.length === 0 && ins.shell !== null;
}

/**
 * An instruction's whole lines with the comment lines right above it, which move with it; not
 * above `prev`'s end (a comment line inside the previous instruction belongs to that one).
 */
export function withComments(
  text: string,
  ins: InstructionNode,
  prev?: InstructionNode,
): { start: number; end: number } {
  const own = wholeLines(text, ins.span);
  let start = own.start;
  const floor = prev ? wholeLines(text, prev.span).end : 0;
  while (start > floor) {
    const lineStart = text.lastIndexOf('\n', start - 2) + 1;
    if (lineStart < floor || !/^[ \t]*#/.test(text.slice(lineStart, start))) break;
    start = lineStart;
  }
  return { start, end: own.end };
}

/** A COPY or ADD's destination as written: its last operand (`.` when it has none). */
export function copyDestWord(ins: InstructionNode): string {
  const args = ins.json ?? ins.args;
  return args[args.length - 1]?.value ?? '.';
}
