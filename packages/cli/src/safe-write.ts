import { randomBytes } from 'node:crypto';
import * as fsp from 'node:fs/promises';
import path from 'node:path';

/** The file operations a careful write uses; tests pass failing ones (a full disk, a lost race). */
export interface WriteFs {
  open: typeof fsp.open;
  readFile: (p: string) => Promise<Buffer>;
  stat: typeof fsp.stat;
  rename: typeof fsp.rename;
  unlink: typeof fsp.unlink;
  chmod: typeof fsp.chmod;
  chown: typeof fsp.chown;
  realpath: typeof fsp.realpath;
}

const REAL_FS: WriteFs = {
  open: fsp.open,
  readFile: (p) => fsp.readFile(p),
  stat: fsp.stat,
  rename: fsp.rename,
  unlink: fsp.unlink,
  chmod: fsp.chmod,
  chown: fsp.chown,
  realpath: fsp.realpath,
};

export interface SafeWriteOptions {
  /**
   * The bytes the file held when it was read: if it holds anything else now (an editor saved it,
   * another run fixed it), nothing is written. Null for a new file, which must not exist yet.
   * Undefined when overwriting whatever is there is meant (`--force`).
   */
  expected?: Buffer | null;
  fs?: WriteFs;
}

/** Why a careful write wrote nothing; the original file is as it was. */
export class WriteRefused extends Error {
  constructor(
    message: string,
    readonly reason: 'changed' | 'exists' | 'io',
  ) {
    super(message);
  }
}

/**
 * Replaces a file's content so that any reader, and the file after a crash, a kill or a full disk,
 * sees either all of the old bytes or all of the new ones: the bytes go to a temporary file beside
 * it (same file system, so the rename is atomic), are flushed to disk, get the original's mode and
 * owner, and only then is the temporary renamed over the target. A symlink is followed once: the
 * file it points at is replaced, the link stays. Throws WriteRefused; the target is then untouched.
 */
export async function writeFileCarefully(
  target: string,
  bytes: Uint8Array,
  options: SafeWriteOptions = {},
): Promise<void> {
  const fs = options.fs ?? REAL_FS;
  const real = await fs.realpath(target).catch(() => target);
  const before = await fs.stat(real).catch(() => null);
  if (options.expected === null && before) throw new WriteRefused('exists', 'exists');
  const tmp = path.join(
    path.dirname(real),
    `.${path.basename(real)}.${randomBytes(6).toString('hex')}.dop-tmp`,
  );
  let created = false;
  try {
    const fh = await fs.open(tmp, 'wx', before ? before.mode & 0o7777 : 0o666);
    created = true;
    try {
      let at = 0;
      while (at < bytes.length) {
        const { bytesWritten } = await fh.write(bytes, at, bytes.length - at);
        at += bytesWritten;
      }
      await fh.sync();
    } finally {
      await fh.close();
    }
    if (before) {
      // open's mode is masked by the umask; the original's mode is what the user chose.
      await fs.chmod(tmp, before.mode & 0o7777);
      if (process.getuid?.() === 0) await fs.chown(tmp, before.uid, before.gid).catch(() => {});
    }
    if (options.expected) {
      const now = await fs.readFile(real).catch(() => null);
      if (!now?.equals(options.expected)) {
        throw new WriteRefused('the file changed since it was read; not overwritten', 'changed');
      }
    }
    await fs.rename(tmp, real);
    created = false;
  } catch (e) {
    if (created) await fs.unlink(tmp).catch(() => {});
    if (e instanceof WriteRefused) throw e;
    const err = e as NodeJS.ErrnoException;
    const why: Record<string, string> = {
      ENOSPC: 'no space left on the device',
      EDQUOT: 'disk quota exceeded',
      EACCES: 'permission denied',
      EPERM: 'operation not permitted',
      EROFS: 'read-only file system',
      ENOENT: 'no such folder',
      ENOTDIR: 'a part of the path is not a folder',
    };
    const kept = before ? 'the file was left as it was' : 'nothing was written';
    throw new WriteRefused(`${why[err.code ?? ''] ?? err.message}; ${kept}`, 'io');
  }
}
