/**
 * Project files the user adds to the playground (files, a folder, a zip), read in the browser
 * only: nothing is uploaded. They become the build context the analyzer and the rewriter are
 * given, through the analyzer's collector, so the bounds are the CLI's: only the few files that
 * matter are read, each and all within a size limit. Pure: `File` and zip bytes come in, plain
 * data goes out.
 */
import {
  type BuildContext,
  CONTEXT_LIMITS,
  type ContextEntry,
  collectContext,
  contextFileWanted,
  contextPath,
} from '@dop/analyzer';
import { unzipSync } from 'fflate';

/** One file added, with its text when it is one the context reads. */
export interface ProjectFile {
  path: string;
  size: number;
  /** Read once when added, for the files the context reads (null: binary, too large or not wanted). */
  text: string | null;
}

const decoder = new TextDecoder('utf-8');

/** Whether a file's text is worth keeping: the collector reads only these. */
function keepsText(path: string, size: number): boolean {
  return (path === '.dockerignore' || contextFileWanted(path)) && size <= CONTEXT_LIMITS.fileBytes;
}

/**
 * Paths made relative to the project: a folder picked or dropped (`myapp/src/a.js`) and most zips
 * (`myapp-main/…`) put everything under one top folder, which is the project itself.
 */
export function stripCommonTop(paths: readonly string[]): (path: string) => string {
  const tops = new Set(paths.map((p) => (p.includes('/') ? p.slice(0, p.indexOf('/')) : '')));
  const only = tops.size === 1 ? [...tops][0]! : '';
  // a lone Dockerfile beside its files (no folder) keeps its paths
  return only === '' || tops.has('') ? (p) => p : (p) => p.slice(only.length + 1);
}

/** The files of a zip: every name listed, only the wanted small ones decompressed. */
export function filesFromZip(bytes: Uint8Array): ProjectFile[] {
  const listed: { name: string; size: number }[] = [];
  const texts = new Map<string, string | null>();
  const unzipped = unzipSync(bytes, {
    filter(file) {
      if (file.name.endsWith('/')) return false;
      listed.push({ name: file.name, size: file.originalSize });
      return listed.length <= CONTEXT_LIMITS.files && keepsText(baseOf(file.name), file.originalSize);
    },
  });
  for (const [name, data] of Object.entries(unzipped)) {
    // the declared size is the zip's claim: the bytes are held to the bound too
    texts.set(name, data.length <= CONTEXT_LIMITS.fileBytes ? decoder.decode(data) : null);
  }
  const strip = stripCommonTop(listed.map((f) => f.name));
  return listed.map((f) => ({ path: strip(f.name), size: f.size, text: texts.get(f.name) ?? null }));
}

/**
 * Whether a zip entry is wanted is decided on its name alone (the top folder is not known yet
 * while listing): the wanted files are recognised by their base name or a path tail.
 */
function baseOf(name: string): string {
  const parts = name.replace(/\\/g, '/').split('/');
  // `myapp/package.json` and `package.json` are both the project's manifest
  return parts.length > 1 ? parts.slice(1).join('/') : name;
}

/** The files picked or dropped: `relative` is the path inside the folder, or just the name. */
export async function filesFromPicked(
  picked: readonly { file: File; relative: string }[],
): Promise<ProjectFile[]> {
  const strip = stripCommonTop(picked.map((p) => p.relative));
  const out: ProjectFile[] = [];
  for (const { file, relative } of picked.slice(0, CONTEXT_LIMITS.files + 1)) {
    const path = strip(relative);
    const text = keepsText(path, file.size) ? await file.text() : null;
    out.push({ path, size: file.size, text });
  }
  return out;
}

/** Files added later replace the ones with the same path; paths outside the root are dropped. */
export function mergeFiles(current: readonly ProjectFile[], added: readonly ProjectFile[]): ProjectFile[] {
  const byPath = new Map<string, ProjectFile>();
  for (const f of [...current, ...added]) {
    const path = contextPath(f.path);
    if (path === null || path.startsWith('__MACOSX/')) continue;
    byPath.set(path, { ...f, path });
  }
  return [...byPath.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** The build context of the files added, with the same bounds as the CLI's. */
export function contextOfFiles(files: readonly ProjectFile[]): Promise<BuildContext> {
  const entries: ContextEntry[] = files.map((f) => ({
    path: f.path,
    size: f.size,
    read: async () => f.text,
  }));
  return collectContext(entries);
}
