import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const BIN = fileURLToPath(new URL('../bin/dop.mjs', import.meta.url));

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the real `dop` binary as a separate process, as a user or a CI job would. */
export function dop(
  args: string[],
  options: { cwd?: string; input?: string | Buffer; env?: Record<string, string> } = {},
): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? process.cwd(),
    input: options.input ?? '',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '', DOP_LANG: '', ...options.env },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    timeout: 300_000,
  });
  if (r.error) throw r.error;
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
