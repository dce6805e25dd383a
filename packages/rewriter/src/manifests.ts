import {
  BUILD_TOOLS,
  hasPattern,
  isManifestOrLock as inTables,
  pathPattern,
  trimTrailingSlashes,
} from '@dop/analyzer';

/** Every literal file name the ecosystem table lists (no globs, no folders): what a COPY glob may stand for. */
const NAMES = BUILD_TOOLS.flatMap((t) => [...t.manifests, ...t.locks, ...t.config]).filter(
  (n) => !hasPattern(n) && !n.endsWith('/'),
);

/** Tool names a glob may be built around (`*yarn*`: yarn.lock, .yarnrc.yml): the table's own ids. */
const TOOLS = new Set<string>(BUILD_TOOLS.map((t) => t.id));

/**
 * Whether a COPY source names only dependency manifests and lock files, by the analyzer's ecosystem
 * table (one table for the rules, the layer model and the rewrite). The ways people make a file
 * optional or name a pair count too: `go.sum*`, `package-lock.json*` (a trailing `*`), and a glob
 * with a name before its first `*` that stands for table files (`package*.json`, `go.*`), or one
 * built around a tool's name (`*yarn*`: yarn.lock, .yarnrc.yml — never a bare extension like `*.py`).
 */
export function isManifestOrLock(source: string): boolean {
  const path = trimTrailingSlashes(source);
  if (inTables(path)) return true;
  const optional = path.replace(/\*$/, '');
  if (optional !== path && !hasPattern(optional) && inTables(optional)) return true;
  const base = path.slice(path.lastIndexOf('/') + 1);
  const prefix = base.split(/[*?[]/)[0] ?? '';
  const core = /^\*([a-z]+)\*$/.exec(base)?.[1];
  if ((prefix.length < 2 || prefix === base) && !(core && TOOLS.has(core))) return false;
  const re = pathPattern(base);
  return NAMES.some((n) => re.test(n.slice(n.lastIndexOf('/') + 1)));
}
