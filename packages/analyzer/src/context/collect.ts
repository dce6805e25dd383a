/**
 * Builds a BuildContext from files however they were found (a folder walked by the CLI, files or a
 * zip the playground was given), with one set of bounds: a size limit per file and in all, binary
 * files left unread, files `.dockerignore` excludes left unread and folders it excludes whole left
 * unlisted, nothing outside the root, and only the files `wanted.ts` names read at all.
 */
import { type IgnoreFile, parseIgnoreFile } from './ignore-file.js';
import type { BuildContext } from './types.js';
import { DOCKERIGNORE } from './view.js';
import { CONTEXT_LIMITS, contextFileWanted } from './wanted.js';

export interface ContextEntry {
  /** Relative to the context root, `/`-separated (a leading `./` and `\` separators are accepted). */
  path: string;
  /** Size in bytes when known before reading (a larger file is not read); the text read is held to the bound anyway. */
  size?: number;
  /**
   * The file's text, read only when it is wanted (null: it cannot be read, e.g. not a regular file).
   * Bytes are decoded as UTF-8; a NUL in the text marks it binary.
   */
  read(): Promise<string | null>;
}

export type ContextLimits = { readonly [K in keyof typeof CONTEXT_LIMITS]: number };

/** A relative path inside the root, `/`-separated, or null when it names the root or leaves it. */
export function contextPath(raw: string): string | null {
  const parts = raw.replace(/\\/g, '/').split('/');
  const kept: string[] = [];
  for (const p of parts) {
    if (p === '' || p === '.') continue;
    // `..` anywhere is refused, not resolved: an entry must never name a file beside the root.
    if (p === '..') return null;
    kept.push(p);
  }
  // An absolute path (`/etc/passwd`, `C:/x`) is not relative to the root either.
  if (raw.startsWith('/') || raw.startsWith('\\') || /^[A-Za-z]:/.test(raw)) return null;
  return kept.length ? kept.join('/') : null;
}

/**
 * Collects entries one at a time, so a caller walking a folder can ask `skipsFolder` before
 * descending into it (a `node_modules` excluded whole is never walked).
 */
export class ContextCollector {
  private readonly files: string[] = [];
  private readonly texts: Record<string, string> = {};
  private readonly unlisted: string[] = [];
  private incomplete = false;
  private budget: number;
  private readonly ignore: IgnoreFile;
  /** With an exception line (`!keep`) a file deep inside an excluded folder may come back. */
  private readonly prune: boolean;

  /** `dockerignore`: the text of the root's `.dockerignore`, read first (undefined: none). */
  constructor(
    dockerignore: string | undefined,
    private readonly limits: ContextLimits = CONTEXT_LIMITS,
  ) {
    this.budget = limits.totalBytes;
    if (
      dockerignore !== undefined &&
      dockerignore.length <= limits.fileBytes &&
      !dockerignore.includes('\0')
    ) {
      this.texts[DOCKERIGNORE] = dockerignore;
      this.budget -= dockerignore.length;
    }
    this.ignore = parseIgnoreFile(this.texts[DOCKERIGNORE]);
    this.prune = !this.ignore.lines.some((l) => l.exception);
  }

  /** Whether the listing is full: later entries are not taken. */
  get full(): boolean {
    return this.incomplete;
  }

  /** True when a folder is excluded whole and need not be walked (it is recorded as unlisted). */
  skipsFolder(rawPath: string): boolean {
    const path = contextPath(rawPath);
    if (path === null || !this.prune || !this.ignore.excludes(path)) return false;
    if (!this.unlisted.some((d) => path === d || path.startsWith(`${d}/`))) this.unlisted.push(path);
    return true;
  }

  /** Records a folder that could not be listed (unreadable). */
  folderUnreadable(rawPath: string): void {
    const path = contextPath(rawPath);
    if (path !== null) this.unlisted.push(path);
  }

  /** Lists one file and reads it when it matters; false once the listing is full. */
  async add(entry: ContextEntry): Promise<boolean> {
    if (this.incomplete) return false;
    const path = contextPath(entry.path);
    if (path === null) return true;
    const folder = this.excludedFolderOf(path);
    if (folder !== null) {
      this.skipsFolder(folder);
      return true;
    }
    if (this.files.length >= this.limits.files) {
      this.incomplete = true;
      return false;
    }
    this.files.push(path);
    if (path === DOCKERIGNORE || !contextFileWanted(path) || this.ignore.excludes(path)) return true;
    const limit = Math.min(this.limits.fileBytes, this.budget);
    if ((entry.size ?? 0) > limit) return true;
    const text = await entry.read().catch(() => null);
    // The size was a claim: the text read is held to the same bound.
    if (text === null || text.includes('\0') || text.length > limit) return true;
    this.texts[path] = text;
    this.budget -= text.length;
    return true;
  }

  result(): BuildContext {
    return {
      files: [...this.files],
      texts: { ...this.texts },
      ...(this.unlisted.length ? { unlisted: [...this.unlisted] } : {}),
      ...(this.incomplete ? { incomplete: true } : {}),
    };
  }

  /** The highest folder above a path that the walk would not have entered, if any. */
  private excludedFolderOf(path: string): string | null {
    if (!this.prune) return null;
    const parts = path.split('/');
    for (let i = 1; i < parts.length; i++) {
      const folder = parts.slice(0, i).join('/');
      if (this.ignore.excludes(folder)) return folder;
    }
    return null;
  }
}

/**
 * A context from a flat list of entries (files picked, a folder dropped, a zip): `.dockerignore`
 * first, then the rest in path order, so the same files give the same context however they came.
 */
export async function collectContext(
  entries: readonly ContextEntry[],
  limits: ContextLimits = CONTEXT_LIMITS,
): Promise<BuildContext> {
  const ignoreEntry = entries.find((e) => contextPath(e.path) === DOCKERIGNORE);
  const ignoreText =
    ignoreEntry && (ignoreEntry.size ?? 0) <= limits.fileBytes
      ? ((await ignoreEntry.read().catch(() => null)) ?? undefined)
      : undefined;
  const collector = new ContextCollector(ignoreText, limits);
  const sorted = entries
    .map((e) => ({ e, p: contextPath(e.path) }))
    .filter((x): x is { e: ContextEntry; p: string } => x.p !== null)
    .sort((a, b) => (a.p < b.p ? -1 : a.p > b.p ? 1 : 0));
  const seen = new Set<string>();
  for (const { e, p } of sorted) {
    if (seen.has(p)) continue;
    seen.add(p);
    if (!(await collector.add(e))) break;
  }
  return collector.result();
}
