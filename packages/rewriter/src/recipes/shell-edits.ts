import type { InstructionNode, SimpleCommand } from '@dop/analyzer';
import { cleansCache, isInstall, isUpdate, PACKAGE_MANAGERS, packageManagerCall, shell } from '@dop/analyzer';
import { topCommands } from '../text.js';
import { BUILD_ONLY_PACKAGES, packageName } from './build-only-packages.js';

/** OS package-manager subcommands that take packages out: undoing build-only installs. */
const OS_REMOVALS = new Set(['del', 'remove', 'purge', 'autoremove', 'erase']);

/**
 * A RUN that only cleans what installing left behind: package caches and indexes (the package
 * managers' own clean commands and cache folders, from the analyzer's knowledge), scratch folders,
 * and OS package removals. After a stage boundary there is nothing of that kind left to clean, so
 * such a RUN is pointless in a runtime stage. Anything else — a build tool's `clean` goal
 * (`mvn clean package`), an `rm` of the app's own files — is not a cleanup: it stays.
 */
export function isCleanupOnly(ins: InstructionNode): boolean {
  const cmds = ins.shell?.commands ?? [];
  return ins.keyword === 'RUN' && !ins.json && cmds.length > 0 && cmds.every(isCleanupCommand);
}

function isCleanupCommand(cmd: SimpleCommand): boolean {
  if (PACKAGE_MANAGERS.some((pm) => cleansCache(pm, [cmd]))) return true;
  if (cmd.name === 'rm') {
    const paths = shell.positionals(cmd.args);
    return paths.length > 0 && paths.every((p) => !p.expansion && isScratchPath(p.value));
  }
  const call = packageManagerCall(cmd);
  return call !== null && call.pm.ecosystem === 'os' && OS_REMOVALS.has(call.subcommand?.value ?? '');
}

/** Temporary folders and package-manager caches: nothing the app itself reads. */
function isScratchPath(path: string): boolean {
  const bare = path.replace(/\/?\*+$/, '').replace(/\/+$/, '');
  const scratch = ['/tmp', '/var/tmp', ...PACKAGE_MANAGERS.flatMap((pm) => pm.cacheDirs)];
  return bare !== '' && scratch.some((dir) => bare === dir || bare.startsWith(`${dir}/`));
}

/**
 * The runtime version of an OS package RUN: build-only packages removed. `null` when nothing of
 * it is left to install; the text unchanged when it does more than install packages.
 */
export function runtimePackagesRun(text: string, ins: InstructionNode): string | null {
  const cmds = topCommands(ins);
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
