import type { InstructionNode, SimpleCommand, Span } from '@dop/analyzer';

/** The instruction's whole lines: from the start of its first line through its final line break. */
export function wholeLines(text: string, span: Span): Span {
  let start = span.start;
  while (start > 0 && text[start - 1] !== '\n') start--;
  let end = span.end;
  while (end < text.length && text[end] !== '\n') end++;
  if (end < text.length) end++;
  return { start, end };
}

/** Indentation of the line an offset is on. */
export function indentAt(text: string, offset: number): string {
  let start = offset;
  while (start > 0 && text[start - 1] !== '\n') start--;
  return /^[ \t]*/.exec(text.slice(start, offset))![0];
}

/** The line break the text uses. */
export function eol(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

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
