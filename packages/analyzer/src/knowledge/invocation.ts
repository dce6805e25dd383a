import { positionals } from '../shell/command.js';
import type { SimpleCommand, Word } from '../shell/types.js';
import { type PackageManager, packageManagerOf } from './package-managers.js';

/** A package-manager call seen in a RUN: which manager, which subcommand, which packages. */
export interface PackageManagerCall {
  pm: PackageManager;
  cmd: SimpleCommand;
  /** The words after the program (after `-m pip` for `python -m pip`). */
  args: Word[];
  subcommand: Word | null;
  /** Positional words after the subcommand: packages, files, paths. */
  operands: Word[];
}

export function packageManagerCall(cmd: SimpleCommand): PackageManagerCall | null {
  const pm = packageManagerOf(cmd.name, cmd.args);
  if (!pm) return null;
  const args = /^python/.test(cmd.name) ? cmd.args.slice(2) : cmd.args;
  const pos = positionals(args, pm.valueOptions);
  const sub = pos[0] ?? null;
  return { pm, cmd, args, subcommand: sub, operands: pos.slice(1) };
}

export function isInstall(call: PackageManagerCall): boolean {
  return call.subcommand !== null && call.pm.install.includes(call.subcommand.value);
}

export function isUpdate(call: PackageManagerCall): boolean {
  return call.subcommand !== null && call.pm.update.includes(call.subcommand.value);
}

export function isUpgrade(call: PackageManagerCall): boolean {
  return call.subcommand !== null && call.pm.upgrade.includes(call.subcommand.value);
}

/**
 * Whether a command matches an argv pattern: the first item is the program, every other literal
 * must appear among the arguments, and `*` stands for anything (`rm -rf …`).
 */
export function matchesPattern(cmd: SimpleCommand, pattern: readonly string[]): boolean {
  if (cmd.name !== pattern[0]) return false;
  const values = cmd.args.map((a) => a.value);
  return pattern.slice(1).every((p) => p === '*' || values.includes(p));
}

/** Whether any of the commands cleans the manager's cache. */
export function cleansCache(pm: PackageManager, commands: readonly SimpleCommand[]): boolean {
  return commands.some((c) => pm.clean.some((p) => matchesPattern(c, p)));
}
