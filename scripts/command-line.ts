/**
 * The project's scripts' command lines (`pnpm bench`, `pnpm bench:analyzer`, `pnpm lab`): `--help`
 * prints the usage, and a mistyped option or a number that is not one stops with one line saying
 * which, then the usage, instead of a stack trace from `parseArgs`.
 */
import { type ParseArgsConfig, parseArgs } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;

export type CommandLine<T extends Options> =
  | { kind: 'help' }
  | { kind: 'error'; message: string }
  | { kind: 'ok'; values: ReturnType<typeof parseArgs<{ options: T; args: string[] }>>['values'] };

/** Reads `args` against `options`; pure, so a test can give it any command line. */
export function readCommandLine<const T extends Options>(args: string[], options: T): CommandLine<T> {
  if (args.includes('--help') || args.includes('-h')) return { kind: 'help' };
  try {
    return { kind: 'ok', values: parseArgs({ args, options }).values };
  } catch (e) {
    const code = (e as { code?: string }).code ?? '';
    if (!code.startsWith('ERR_PARSE_ARGS')) throw e;
    return { kind: 'error', message: (e as Error).message };
  }
}

/** The process's command line read against `options`: prints the usage and exits on `--help` or a mistake. */
export function commandLine<const T extends Options>(usage: string, options: T) {
  const read = readCommandLine(process.argv.slice(2), options);
  if (read.kind === 'ok') return read.values;
  if (read.kind === 'help') {
    process.stdout.write(`${usage.trim()}\n`);
    process.exit(0);
  }
  process.stderr.write(`${read.message}\n\n${usage.trim()}\n`);
  process.exit(2);
}

/** A whole number of at least `min` given as `name`, or a message saying what was given instead. */
export function wholeNumber(value: string, name: string, min = 1): number | string {
  const n = Number(value);
  return /^\d+$/.test(value.trim()) && n >= min
    ? n
    : `${name} takes a whole number of at least ${min}, not "${value}"`;
}

/** `wholeNumber` for the process's command line: exits with the message on a mistake. */
export function wholeNumberOption(value: string, name: string, usage: string, min = 1): number {
  const n = wholeNumber(value, name, min);
  if (typeof n === 'number') return n;
  process.stderr.write(`${n}\n\n${usage.trim()}\n`);
  process.exit(2);
}
