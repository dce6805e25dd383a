/**
 * Reads a build context from a folder: the walk is here, the bounds are the analyzer's collector
 * (every file listed up to a limit, the few that matter read, binary and oversized files left
 * unread, folders `.dockerignore` excludes whole not walked). Symlinks are listed but never
 * followed, and nothing outside the folder is touched.
 */
import type { Dirent } from 'node:fs';
import { lstat, open, readdir } from 'node:fs/promises';
import path from 'node:path';
import { type BuildContext, CONTEXT_LIMITS, ContextCollector, type ContextLimits } from '@dop/analyzer';

const cache = new Map<string, Promise<BuildContext>>();

/** The context of a folder, read once per process (several Dockerfiles often share one). */
export function readBuildContext(dir: string, limits: ContextLimits = CONTEXT_LIMITS): Promise<BuildContext> {
  const key = path.resolve(dir);
  let found = cache.get(key);
  if (!found) {
    found = read(key, limits);
    cache.set(key, found);
  }
  return found;
}

async function read(root: string, limits: ContextLimits): Promise<BuildContext> {
  const ignoreText = await readRegular(path.join(root, '.dockerignore'), limits.fileBytes);
  const collector = new ContextCollector(ignoreText ?? undefined, limits);
  const queue: string[] = [''];
  while (queue.length > 0 && !collector.full) {
    const rel = queue.shift()!;
    let entries: Dirent[];
    try {
      entries = await readdir(path.join(root, rel), { withFileTypes: true });
    } catch {
      if (rel !== '') collector.folderUnreadable(rel);
      continue;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const child = rel === '' ? e.name : `${rel}/${e.name}`;
      if (e.isDirectory()) {
        if (!collector.skipsFolder(child)) queue.push(child);
        continue;
      }
      // No size here: most files are only listed, and readRegular checks the size of those read.
      const readText = () =>
        e.isFile() ? readRegular(path.join(root, child), limits.fileBytes) : Promise.resolve(null);
      if (!(await collector.add({ path: child, read: readText }))) break;
    }
  }
  return collector.result();
}

/** A regular file's text when it is no larger than `limit`; null otherwise (never follows a symlink). */
async function readRegular(file: string, limit: number): Promise<string | null> {
  try {
    const st = await lstat(file);
    if (!st.isFile() || st.size > limit) return null;
    const handle = await open(file, 'r');
    try {
      const buf = Buffer.alloc(st.size);
      const { bytesRead } = await handle.read(buf, 0, st.size, 0);
      return buf.subarray(0, bytesRead).toString('utf8');
    } finally {
      await handle.close();
    }
  } catch {
    return null;
  }
}
