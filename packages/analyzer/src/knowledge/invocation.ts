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
  /** The group the subcommand sits in (`module` of `dnf module install`), or null. */
  group: Word | null;
  /** How a pinned operand looks for this call (the group's rule, else the manager's); null when not per argument. */
  pinned: ((arg: string) => boolean) | null;
}

export function packageManagerCall(cmd: SimpleCommand): PackageManagerCall | null {
  // Thirty-odd rules ask about the same commands: the answer depends on the command alone, and a
  // command never changes once parsed, so it is read once per command (dropped with its model).
  let call = CALLS.get(cmd);
  if (call === undefined) {
    call = readCall(cmd);
    CALLS.set(cmd, call);
  }
  return call;
}

const CALLS = new WeakMap<SimpleCommand, PackageManagerCall | null>();

function readCall(cmd: SimpleCommand): PackageManagerCall | null {
  const pm = packageManagerOf(cmd.name, cmd.args);
  if (!pm) return null;
  const args = /^python/.test(cmd.name) ? cmd.args.slice(2) : cmd.args;
  const pos = positionals(args, pm.valueOptions);
  const first = pos[0] ?? null;
  const group = first ? pm.groups?.[first.value] : undefined;
  if (group)
    return {
      pm,
      cmd,
      args,
      subcommand: pos[1] ?? null,
      operands: pos.slice(2),
      group: first,
      pinned: group.pinned,
    };
  return { pm, cmd, args, subcommand: first, operands: pos.slice(1), group: null, pinned: pm.pinned };
}

/**
 * How many times the call asks for quiet output: `-q` words and bundles (`-qq`), `--quiet`,
 * `-q=N` / `--quiet=N`. apt-get at level 2 answers yes by itself.
 */
export function quietLevel(args: readonly Word[]): number {
  let level = 0;
  for (const a of args) {
    const v = a.value;
    if (v === '--') break;
    const n = /^(?:-q|--quiet)=(\d+)$/.exec(v);
    if (n) level = Math.max(level, Number(n[1]));
    else if (v === '--quiet') level++;
    else if (/^-[A-Za-z]+$/.test(v)) level += [...v.slice(1)].filter((ch) => ch === 'q').length;
  }
  return level;
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

/**
 * Whether any of the commands cleans the manager's cache; with `after`, only a clean that runs
 * after that command counts (`yum clean all && yum install x` leaves the cache of the install).
 */
export function cleansCache(
  pm: PackageManager,
  commands: readonly SimpleCommand[],
  after?: SimpleCommand,
): boolean {
  return commands.some((c) => (!after || runsAfter(c, after)) && pm.clean.some((p) => matchesPattern(c, p)));
}

/** Whether `later` comes after `earlier` in the RUN's text (commands are in text order). */
export function runsAfter(later: SimpleCommand, earlier: SimpleCommand): boolean {
  return later.span.start > earlier.span.start;
}
