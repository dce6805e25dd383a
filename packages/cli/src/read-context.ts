/**
 * Reads a build context from a folder, bounded: every file listed (up to a limit), the few that
 * matter read (manifests, lock files, `.dockerignore`, registry configs), binary files and anything
 * past the byte limits left unread, folders `.dockerignore` excludes whole not walked, symlinks
 * listed but never followed, nothing outside the folder touched.
 */
import { lstat, open, readdir } from 'node:fs/promises';
import path from 'node:path';
import { type BuildContext, CONTEXT_LIMITS, contextFileWanted, parseIgnoreFile } from '@dop/analyzer';

const cache = new Map<string, Promise<BuildContext>>();

/** The context of a folder, read once per process (several Dockerfiles often share one). */
export function readBuildContext(dir: string, limits = CONTEXT_LIMITS): Promise<BuildContext> {
  const key = path.resolve(dir);
  let found = cache.get(key);
  if (!found) {
    found = read(key, limits);
    cache.set(key, found);
  }
  return found;
}

async function read(root: string, limits: typeof CONTEXT_LIMITS): Promise<BuildContext> {
  const files: string[] = [];
  const texts: Record<string, string> = {};
  const unlisted: string[] = [];
  let incomplete = false;
  let budget = limits.totalBytes;

  const ignoreText = await readSmall(path.join(root, '.dockerignore'), limits.fileBytes);
  if (ignoreText !== null) texts['.dockerignore'] = ignoreText;
  const ignore = parseIgnoreFile(ignoreText ?? undefined);
  // With an exception line a file deep inside an excluded folder may come back: walk everything then.
  const pruneExcluded = !ignore.lines.some((l) => l.exception);

  const queue: string[] = [''];
  while (queue.length > 0) {
    const rel = queue.shift()!;
    let entries: import('node:fs').Dirent[];
    try {
      entries = await readdir(path.join(root, rel), { withFileTypes: true });
    } catch {
      if (rel !== '') unlisted.push(rel);
      continue;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const child = rel === '' ? e.name : `${rel}/${e.name}`;
      if (e.isDirectory()) {
        if (pruneExcluded && ignore.excludes(child)) unlisted.push(child);
        else queue.push(child);
        continue;
      }
      if (files.length >= limits.files) {
        incomplete = true;
        break;
      }
      files.push(child);
      if (child === '.dockerignore' || !e.isFile() || !contextFileWanted(child) || budget <= 0) continue;
      const text = await readSmall(path.join(root, child), Math.min(limits.fileBytes, budget));
      if (text === null) continue;
      texts[child] = text;
      budget -= text.length;
    }
    if (incomplete) break;
  }
  return { files, texts, ...(unlisted.length ? { unlisted } : {}), ...(incomplete ? { incomplete } : {}) };
}

/** A regular file's text when it is no larger than `limit` and not binary; null otherwise. */
async function readSmall(file: string, limit: number): Promise<string | null> {
  try {
    const st = await lstat(file);
    if (!st.isFile() || st.size > limit) return null;
    const handle = await open(file, 'r');
    try {
      const buf = Buffer.alloc(st.size);
      const { bytesRead } = await handle.read(buf, 0, st.size, 0);
      const bytes = buf.subarray(0, bytesRead);
      return bytes.includes(0) ? null : bytes.toString('utf8');
    } finally {
      await handle.close();
    }
  } catch {
    return null;
  }
}
