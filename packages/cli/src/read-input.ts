import { readFile } from 'node:fs/promises';

/** Largest file we lint: larger ones are almost surely not Dockerfiles (and would block a worker). */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

export type ReadOutcome = { ok: true; text: string } | { ok: false; error: string };

/** Reads a Dockerfile as UTF-8 text, refusing binaries and oversized files with a clear reason. */
export async function readDockerfile(file: string): Promise<ReadOutcome> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const why: Record<string, string> = {
      ENOENT: 'no such file',
      EACCES: 'permission denied',
      EISDIR: 'is a directory',
      EPERM: 'operation not permitted',
    };
    return { ok: false, error: `cannot read: ${why[err.code ?? ''] ?? err.message}` };
  }
  return decode(bytes);
}

export function decode(bytes: Buffer): ReadOutcome {
  if (bytes.length > MAX_FILE_BYTES) {
    return {
      ok: false,
      error: `too large (${(bytes.length / 1024 / 1024).toFixed(1)} MB; limit ${MAX_FILE_BYTES / 1024 / 1024} MB)`,
    };
  }
  // NUL bytes do not occur in text files: this is a binary file, not a Dockerfile.
  if (bytes.subarray(0, 8192).includes(0)) return { ok: false, error: 'binary file, not a Dockerfile' };
  return { ok: true, text: bytes.toString('utf8') };
}

export async function readStdin(): Promise<ReadOutcome> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    const b = chunk as Buffer;
    size += b.length;
    if (size > MAX_FILE_BYTES) {
      return { ok: false, error: `too large (over ${MAX_FILE_BYTES / 1024 / 1024} MB)` };
    }
    chunks.push(b);
  }
  return decode(Buffer.concat(chunks));
}
