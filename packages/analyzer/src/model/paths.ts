/** Joins and normalises POSIX paths (`/app` + `./src/` → `/app/src`). */
export function joinPath(base: string, rel: string): string {
  const parts = (rel.startsWith('/') ? rel : `${base}/${rel}`).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '' || p === '.') continue;
    if (p === '..') out.pop();
    else out.push(p);
  }
  return `/${out.join('/')}`;
}

/** Whether `path` is `root` or inside it. */
export function isUnder(path: string, root: string): boolean {
  if (root === '/') return true;
  return path === root || path.startsWith(root + '/');
}

/** An absolute, normalised path for a shell or COPY operand; null for variables, `~` or an unknown directory. */
export function resolvePath(dir: string | null, value: string): string | null {
  if (value.includes('$') || value === '' || value.startsWith('~')) return null;
  if (value.startsWith('/')) return joinPath('/', value);
  return dir === null ? null : joinPath(dir, value);
}

/**
 * `path` without its trailing slashes (`dist//` → `dist`); `/` stays `/` when `keepRoot`. A loop,
 * not `/\/+$/`: that pattern backtracks quadratically on long runs of slashes.
 */
export function trimTrailingSlashes(path: string, keepRoot = false): string {
  let end = path.length;
  while (end > (keepRoot ? 1 : 0) && path.charCodeAt(end - 1) === 47) end--;
  return path.slice(0, end);
}

/** Whether a COPY source or name is a pattern (`*`, `?` or a `[…]` class) rather than one literal path. */
export function hasPattern(path: string): boolean {
  return /[*?[]/.test(path);
}

const patternCache = new Map<string, RegExp>();

/**
 * A COPY source or file-name pattern as Docker matches it (Go's filepath.Match): `*` any run of
 * characters but `/`, `?` one such character, `[…]` a class (`[^…]`/`[!…]` negated); everything
 * else literal. An unclosed `[` is a literal, so a user's pattern never makes an invalid RegExp.
 */
export function pathPattern(glob: string): RegExp {
  let re = patternCache.get(glob);
  if (re) return re;
  let body = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*') body += '[^/]*';
    else if (c === '?') body += '[^/]';
    else if (c === '[' && glob.indexOf(']', i + 2) > 0) {
      const end = glob.indexOf(']', i + 2);
      let cls = glob.slice(i + 1, end);
      const negated = cls.startsWith('^') || cls.startsWith('!');
      if (negated) cls = cls.slice(1);
      body += `[${negated ? '^' : ''}${cls.replace(/[\\\]^]/g, '\\$&')}]`;
      i = end;
    } else body += c.replace(/[.+^${}()|[\]\\/]/g, '\\$&');
  }
  re = new RegExp(`^${body}$`);
  patternCache.set(glob, re);
  return re;
}
