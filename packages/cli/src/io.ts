import { createColors } from 'picocolors';
import { printable } from './formats/printable.js';

/** Where the CLI writes; tests and the worker never touch process streams directly. */
export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  /** Whether stdout / stderr are terminals (colour, progress line). */
  stdoutTty: boolean;
  stderrTty: boolean;
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** Whether stdout's reader went away (`dop lint --fix | head`): long runs stop, saying so. */
  outClosed?: () => boolean;
}

export function processIo(): Io {
  let closed = false;
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    closed = true;
  });
  return {
    out: (s) => {
      if (!closed) process.stdout.write(s);
    },
    outClosed: () => closed,
    err: (s) => process.stderr.write(s),
    stdoutTty: Boolean(process.stdout.isTTY),
    stderrTty: Boolean(process.stderr.isTTY),
    env: process.env,
    cwd: process.cwd(),
  };
}

/** Colour when asked, or on a terminal unless NO_COLOR is set (https://no-color.org). */
export function wantsColor(io: Io, flag: boolean | undefined, tty: boolean): boolean {
  if (flag !== undefined) return flag;
  if (io.env.FORCE_COLOR && io.env.FORCE_COLOR !== '0') return true;
  if (io.env.NO_COLOR) return false;
  return tty;
}

export function errorLine(io: Io, message: string): void {
  const c = createColors(wantsColor(io, undefined, io.stderrTty));
  io.err(`${c.red('dop:')} ${printable(message)}\n`);
}

/** A one-line progress indicator on a terminal's stderr, redrawn at most every 100 ms. */
export function progress(io: Io, total: number, label: string) {
  if (!io.stderrTty || total < 50) return { tick: () => {}, done: () => {} };
  let n = 0;
  let last = 0;
  return {
    tick() {
      n++;
      const now = Date.now();
      if (now - last < 100 && n < total) return;
      last = now;
      io.err(`\r${label} ${n}/${total}`);
    },
    done() {
      io.err('\r\u001b[2K');
    },
  };
}
