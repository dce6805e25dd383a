import type { ImageRef, InstructionNode, LibraryDistro, SimpleCommand } from '@dop/analyzer';
import {
  baseImageInfo,
  runtimeLibraryOf,
  cleansCache,
  isInstall,
  isUpdate,
  PACKAGE_MANAGERS,
  packageManagerCall,
  shell,
} from '@dop/analyzer';
import { scriptCommands } from '../text.js';
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

/** A command that only cleans: a package cache, a scratch folder, an OS package removal. */
export function isCleanupCommand(cmd: SimpleCommand): boolean {
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
  // `dir/*`, `dir/**`, `dir/` → `dir` (trimmed from the end without a regex: linear on any input)
  let end = path.length;
  while (end > 0 && path[end - 1] === '*') end--;
  while (end > 0 && path[end - 1] === '/') end--;
  const bare = path.slice(0, end);
  const scratch = ['/tmp', '/var/tmp', ...PACKAGE_MANAGERS.flatMap((pm) => pm.cacheDirs)];
  return bare !== '' && scratch.some((dir) => bare === dir || bare.startsWith(`${dir}/`));
}

/**
 * The runtime version of an OS package RUN: build-only packages removed, and each header package
 * replaced by the shared library it builds against (`libpq-dev` → `libpq5`, from
 * knowledge/runtime-libraries.ts) — the compiled dependency still loads it at run time. `null`
 * when nothing of it is left to install; the text unchanged when it does more than install.
 */
export function runtimePackagesRun(
  text: string,
  ins: InstructionNode,
  distro: LibraryDistro | null,
): string | null {
  // a here-document script's installs too: otherwise the RUN reaches the runtime stage whole
  const cmds = scriptCommands(ins);
  const installs = cmds.filter((c) => {
    const call = packageManagerCall(c);
    return call !== null && call.pm.ecosystem === 'os' && isInstall(call);
  });
  if (installs.length === 0) return text.slice(ins.span.start, ins.span.end);
  const edits: { start: number; end: number; text: string }[] = [];
  const named = new Set(
    installs.flatMap((c) => packageManagerCall(c)!.operands.map((o) => packageName(o.value))),
  );
  let remaining = 0;
  for (const cmd of installs) {
    const call = packageManagerCall(cmd)!;
    for (const op of call.operands) {
      const name = packageName(op.value);
      const library = distro ? runtimeLibraryOf(name, distro) : null;
      if (library && !named.has(library)) {
        named.add(library);
        edits.push({ ...op.span, text: library });
        remaining++;
      } else if (library || BUILD_ONLY_PACKAGES.has(name)) {
        edits.push({ ...withSpaceBefore(text, op.span), text: '' });
      } else remaining++;
    }
  }
  if (remaining === 0 && cmds.every((c) => isPackageHousekeeping(c))) return null;
  let out = '';
  let at = ins.span.start;
  for (const e of edits.sort((a, b) => a.start - b.start)) {
    out += text.slice(at, e.start) + e.text;
    at = e.end;
  }
  return out + text.slice(at, ins.span.end);
}

/** The distribution whose library names an image uses, from the base-image table. */
export function libraryDistro(image: ImageRef): LibraryDistro | null {
  const info = baseImageInfo(image);
  if (!info) return null;
  if (info.os === 'debian' || info.os === 'ubuntu' || info.os === 'alpine') return info.os;
  return null;
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
