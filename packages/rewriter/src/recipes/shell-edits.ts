import type { InstructionNode, SimpleCommand } from '@dop/analyzer';
import { isInstall, isUpdate, packageManagerCall } from '@dop/analyzer';
import { scriptCommands } from '../text.js';
import { BUILD_ONLY_PACKAGES, packageName } from './build-only-packages.js';

/** Commands that only remove or clean up: pointless after a stage boundary. */
export function isCleanupOnly(ins: InstructionNode): boolean {
  const cmds = ins.shell?.commands ?? [];
  return (
    ins.keyword === 'RUN' &&
    cmds.length > 0 &&
    cmds.every((c) => {
      if (c.name === 'rm') return true;
      const call = packageManagerCall(c);
      const sub = call?.subcommand?.value ?? '';
      return (
        call !== null && ['del', 'remove', 'purge', 'autoremove', 'uninstall', 'clean', 'erase'].includes(sub)
      );
    })
  );
}

/**
 * The runtime version of an OS package RUN: build-only packages removed. `null` when nothing of
 * it is left to install; the text unchanged when it does more than install packages.
 */
export function runtimePackagesRun(text: string, ins: InstructionNode): string | null {
  // a here-document script's installs too: otherwise the RUN reaches the runtime stage whole
  const cmds = scriptCommands(ins);
  const installs = cmds.filter((c) => {
    const call = packageManagerCall(c);
    return call !== null && call.pm.ecosystem === 'os' && isInstall(call);
  });
  if (installs.length === 0) return text.slice(ins.span.start, ins.span.end);
  const cuts: { start: number; end: number }[] = [];
  let remaining = 0;
  for (const cmd of installs) {
    const call = packageManagerCall(cmd)!;
    for (const op of call.operands) {
      if (BUILD_ONLY_PACKAGES.has(packageName(op.value))) cuts.push(withSpaceBefore(text, op.span));
      else remaining++;
    }
  }
  if (remaining === 0 && cmds.every((c) => isPackageHousekeeping(c))) return null;
  let out = '';
  let at = ins.span.start;
  for (const c of cuts.sort((a, b) => a.start - b.start)) {
    out += text.slice(at, c.start);
    at = c.end;
  }
  return out + text.slice(at, ins.span.end);
}

/** Update, install, cache cleaning: the commands around a package install. */
function isPackageHousekeeping(cmd: SimpleCommand): boolean {
  if (cmd.name === 'rm') return true;
  const call = packageManagerCall(cmd);
  return call !== null && (isInstall(call) || isUpdate(call) || call.subcommand?.value === 'clean');
}

/** The span to cut for a removed word: its whole line when it stood alone on a continuation line. */
function withSpaceBefore(text: string, span: { start: number; end: number }) {
  let lineStart = span.start;
  while (lineStart > 0 && text[lineStart - 1] !== '\n') lineStart--;
  const after = /^[ \t]*\\\r?\n/.exec(text.slice(span.end));
  if (after && text.slice(lineStart, span.start).trim() === '') {
    return { start: lineStart, end: span.end + after[0].length };
  }
  let start = span.start;
  while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
  return { start, end: span.end };
}
