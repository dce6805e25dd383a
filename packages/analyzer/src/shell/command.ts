import type { SimpleCommand, Word } from './types.js';

/**
 * Option helpers over a command's arguments. Long options match `--name` and `--name=value`;
 * single-letter options also match inside bundles (`-qy` has `-y`).
 */
export function hasOption(cmd: SimpleCommand, names: readonly string[]): boolean {
  return findOption(cmd.args, names) !== null;
}

export function findOption(args: readonly Word[], names: readonly string[]): Word | null {
  const shorts = names.filter((n) => /^-[A-Za-z0-9]$/.test(n)).map((n) => n[1]!);
  for (const a of args) {
    const v = a.value;
    if (v === '--') break;
    if (v.startsWith('--')) {
      const eq = v.indexOf('=');
      const name = eq >= 0 ? v.slice(0, eq) : v;
      if (names.includes(name)) return a;
    } else if (v.startsWith('-') && v.length > 1) {
      if (names.includes(v)) return a;
      if (/^-[A-Za-z0-9]+$/.test(v) && shorts.some((s) => v.slice(1).includes(s))) return a;
    }
  }
  return null;
}

/** Value of `--name value`, `--name=value` or `-n value`. */
export function optionValue(args: readonly Word[], names: readonly string[]): string | null {
  for (let i = 0; i < args.length; i++) {
    const v = args[i]!.value;
    for (const n of names) {
      if (v === n) return args[i + 1]?.value ?? null;
      if (n.startsWith('--') && v.startsWith(n + '=')) return v.slice(n.length + 1);
      if (/^-[A-Za-z]$/.test(n) && v.startsWith(n) && v.length > 2 && !v.startsWith('--')) return v.slice(2);
    }
  }
  return null;
}

/**
 * Positional arguments (not options), skipping the values of options that take one.
 * `valueOptions` lists those options (`-o`, `--target` …).
 */
export function positionals(args: readonly Word[], valueOptions: readonly string[] = []): Word[] {
  const out: Word[] = [];
  let afterDashDash = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const v = a.value;
    if (afterDashDash) {
      out.push(a);
      continue;
    }
    if (v === '--') {
      afterDashDash = true;
      continue;
    }
    if (v.startsWith('-') && v.length > 1) {
      if (valueOptions.includes(v)) i++;
      continue;
    }
    out.push(a);
  }
  return out;
}

/** The first positional argument (a subcommand such as `install`), or null. */
export function subcommand(cmd: SimpleCommand, valueOptions: readonly string[] = []): Word | null {
  return positionals(cmd.args, valueOptions)[0] ?? null;
}

/** Whether the command is `name` (any of) with the given subcommand (any of). */
export function isCommand(
  cmd: SimpleCommand,
  names: readonly string[],
  subcommands?: readonly string[],
  valueOptions: readonly string[] = [],
): boolean {
  if (!names.includes(cmd.name)) return false;
  if (!subcommands) return true;
  const sub = subcommand(cmd, valueOptions);
  return sub !== null && subcommands.includes(sub.value);
}

/** Whether two commands sit in different arms of one `if` or `case`: no run executes both. */
export function exclusive(a: SimpleCommand, b: SimpleCommand): boolean {
  return a.branches.some(
    (x) => x.arm > 0 && b.branches.some((y) => y.group === x.group && y.arm > 0 && y.arm !== x.arm),
  );
}
