import { realpathSync, type Stats, statSync } from 'node:fs';
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { glob, isDynamicPattern } from 'tinyglobby';
import { isDockerfileName } from './dockerfile-names.js';

/** A file to lint: a path on disk, or standard input (`-`). */
export type Target = { kind: 'file'; path: string } | { kind: 'stdin' };

export interface Discovery {
  targets: Target[];
  /** Arguments that matched nothing or could not be read: reported, the others still run. */
  problems: { arg: string; message: string }[];
}

/** Folders never worth walking for Dockerfiles. */
const SKIPPED_DIRS = new Set(['.git', 'node_modules', '.hg', '.svn']);

/**
 * Turns command-line arguments into files: files as given (whatever their name), directories
 * searched for Dockerfiles honouring `.gitignore` files on the way down, globs expanded, `-` for stdin.
 */
export async function discover(args: readonly string[], cwd: string): Promise<Discovery> {
  const targets: Target[] = [];
  const problems: Discovery['problems'] = [];
  // By the file a path resolves to: a file reached through two links is linted once.
  const seen = new Set<string>();
  // Synchronous: a thousand paths on the command line were a thousand thread-pool round trips
  // each for stat and realpath, with the process idle in between.
  const add = (p: string) => {
    const abs = path.resolve(cwd, p);
    const real = realOrSelf(abs);
    if (seen.has(real)) return;
    seen.add(real);
    targets.push({ kind: 'file', path: abs });
  };

  for (const arg of args.length === 0 ? ['.'] : args) {
    if (arg === '-') {
      targets.push({ kind: 'stdin' });
      continue;
    }
    const abs = path.resolve(cwd, arg);
    const info = statOrNull(abs);
    if (info?.isDirectory()) {
      const found = await walk(abs, await ignoresAbove(abs), new Set());
      for (const f of found.sort()) add(f);
    } else if (info) {
      add(abs);
    } else if (isDynamicPattern(arg)) {
      const matches = await glob(arg, {
        cwd,
        absolute: true,
        dot: true,
        ignore: ['**/node_modules/**', '**/.git/**'],
      });
      if (matches.length === 0) problems.push({ arg, message: 'no file matches this pattern' });
      for (const m of matches.sort()) add(m);
    } else {
      problems.push({ arg, message: 'no such file or directory' });
    }
  }
  return { targets, problems };
}

function statOrNull(p: string): Stats | null {
  try {
    return statSync(p);
  } catch {
    return null;
  }
}

function realOrSelf(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return p;
  }
}

interface IgnoreScope {
  base: string;
  rules: Ignore;
}

/** `.gitignore` files from the repository root (the nearest folder with `.git`) down to `dir`. */
async function ignoresAbove(dir: string): Promise<IgnoreScope[]> {
  const chain: string[] = [];
  let at = path.dirname(dir);
  for (;;) {
    chain.unshift(at);
    if (await exists(path.join(at, '.git'))) break;
    const up = path.dirname(at);
    if (up === at) return []; // not in a repository: ignore files above the folder do not apply
    at = up;
  }
  const scopes: IgnoreScope[] = [];
  for (const d of chain) {
    const scope = await readIgnore(d);
    if (scope) scopes.push(scope);
  }
  return scopes;
}

/**
 * Dockerfiles under a folder. Symbolic links are followed, each folder entered once (by its real
 * path), so a link to a Dockerfile is linted and a link back up the tree ends the walk there.
 */
async function walk(dir: string, scopes: IgnoreScope[], visited: Set<string>): Promise<string[]> {
  const real = await realpath(dir).catch(() => dir);
  if (visited.has(real)) return [];
  visited.add(real);
  const own = await readIgnore(dir);
  const active = own ? [...scopes, own] : scopes;
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const out: string[] = [];
  for (const e of entries) {
    const full = path.join(dir, e.name);
    // A link counts as what it points at (a broken one as nothing).
    const target = e.isSymbolicLink() ? await stat(full).catch(() => null) : e;
    if (!target) continue;
    if (target.isDirectory()) {
      if (SKIPPED_DIRS.has(e.name) || isIgnored(active, full, true)) continue;
      out.push(...(await walk(full, active, visited)));
    } else if (target.isFile() && isDockerfileName(e.name) && !isIgnored(active, full, false)) {
      out.push(full);
    }
  }
  return out;
}

function isIgnored(scopes: readonly IgnoreScope[], full: string, isDir: boolean): boolean {
  for (const s of scopes) {
    const rel = path.relative(s.base, full).split(path.sep).join('/');
    if (!rel || rel.startsWith('..')) continue;
    if (s.rules.ignores(isDir ? `${rel}/` : rel)) return true;
  }
  return false;
}

async function readIgnore(dir: string): Promise<IgnoreScope | null> {
  const text = await readFile(path.join(dir, '.gitignore'), 'utf8').catch(() => null);
  return text === null ? null : { base: dir, rules: ignore().add(text) };
}

async function exists(p: string): Promise<boolean> {
  return (await stat(p).catch(() => null)) !== null;
}
