import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

/**
 * Largest file we lint: real Dockerfiles are a few KB (the largest of a thousand public ones is
 * under 100 KB); anything larger is almost surely not one, and would hold a worker for seconds.
 */
export const MAX_FILE_BYTES = 1024 * 1024;

/**
 * How the bytes became text, so a fix can write back exactly the bytes it did not mean to change:
 * `utf8` for valid UTF-8, else `latin1`, which maps each byte to one character and back (a Latin-1
 * comment stays Latin-1 instead of becoming U+FFFD).
 */
export type TextEncodingName = 'utf8' | 'latin1';

export type ReadOutcome =
  | { ok: true; text: string; encoding: TextEncodingName; bytes: Buffer }
  | { ok: false; error: string };

const TOO_LARGE = `too large (over ${MAX_FILE_BYTES / 1024 / 1024} MB; Dockerfiles are far smaller)`;

const NOT_REGULAR =
  'not a regular file (a device, pipe or socket); to lint a stream, pipe it to `dop lint -`';

/**
 * Reads a Dockerfile, refusing devices, pipes, binaries and oversized files with a clear reason.
 * Never reads more than the limit: `/dev/zero` or a FIFO cannot make it wait or fill memory.
 * Synchronous inside: the CLI works on one file at a time, and over a thousand files the four
 * thread-pool round trips per file (stat, open, read, close) left the process idle a third of
 * its run (`pnpm bench:analyzer --cli`).
 */
export async function readDockerfile(file: string): Promise<ReadOutcome> {
  return readDockerfileSync(file);
}

export function readDockerfileSync(file: string): ReadOutcome {
  try {
    // O_NONBLOCK: opening a FIFO with no writer must not wait; fstat then refuses it.
    const fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
      const info = fstatSync(fd);
      if (info.isDirectory()) return { ok: false, error: 'cannot read: is a directory' };
      if (!info.isFile()) {
        return { ok: false, error: NOT_REGULAR };
      }
      // The size stat gives may be stale or 0 (procfs): grow the buffer, never past the limit.
      let buf = Buffer.alloc(Math.min(Math.max(info.size, 4096), MAX_FILE_BYTES) + 1);
      let size = 0;
      for (;;) {
        if (size === buf.length) {
          if (size > MAX_FILE_BYTES) return { ok: false, error: TOO_LARGE };
          const bigger = Buffer.alloc(Math.min(size * 2, MAX_FILE_BYTES + 1));
          buf.copy(bigger);
          buf = bigger;
        }
        const bytesRead = readSync(fd, buf, size, buf.length - size, size);
        if (bytesRead === 0) break;
        size += bytesRead;
      }
      return decode(buf.subarray(0, size));
    } finally {
      closeSync(fd);
    }
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    // A Unix socket cannot be opened at all (ENXIO).
    if (err.code === 'ENXIO') return { ok: false, error: NOT_REGULAR };
    const why: Record<string, string> = {
      ENOENT: 'no such file',
      EACCES: 'permission denied',
      EISDIR: 'is a directory',
      EPERM: 'operation not permitted',
      ELOOP: 'too many levels of symbolic links',
    };
    return { ok: false, error: `cannot read: ${why[err.code ?? ''] ?? err.message}` };
  }
}

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function decode(bytes: Buffer): ReadOutcome {
  if (bytes.length > MAX_FILE_BYTES) return { ok: false, error: TOO_LARGE };
  // NUL bytes do not occur in text files: this is a binary file, not a Dockerfile.
  if (bytes.includes(0)) return { ok: false, error: 'binary file, not a Dockerfile' };
  try {
    return { ok: true, text: UTF8.decode(bytes), encoding: 'utf8', bytes };
  } catch {
    return { ok: true, text: bytes.toString('latin1'), encoding: 'latin1', bytes };
  }
}

/** The bytes of a text read as `encoding`; null when it holds a character that encoding lacks. */
export function encode(text: string, encoding: TextEncodingName): Buffer | null {
  if (encoding === 'utf8') return Buffer.from(text, 'utf8');
  if (/[^\u0000-\u00ff]/.test(text)) return null;
  return Buffer.from(text, 'latin1');
}

/** Reads standard input up to the limit; a larger stream is refused without reading it all. */
export async function readStdin(stream: NodeJS.ReadableStream = process.stdin): Promise<ReadOutcome> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += b.length;
    if (size > MAX_FILE_BYTES) return { ok: false, error: TOO_LARGE };
    chunks.push(b);
  }
  return decode(Buffer.concat(chunks));
}
