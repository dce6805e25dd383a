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

/**
 * Whether a COPY source names only dependency manifests and lock files, by the analyzer's ecosystem
 * table (one table for the rules, the layer model and the rewrite). The ways people make a file
 * optional or name a pair count too: `go.sum*`, `package-lock.json*` (a trailing `*`), and a glob
 * with a name before its first `*` that stands for table files (`package*.json`, `go.*`).
 */
export function isManifestOrLock(source: string): boolean {
  const path = trimTrailingSlashes(source);
  if (inTables(path)) return true;
  const optional = path.replace(/\*$/, '');
  if (optional !== path && !hasPattern(optional) && inTables(optional)) return true;
  const base = path.slice(path.lastIndexOf('/') + 1);
  const prefix = base.split(/[*?[]/)[0] ?? '';
  if (prefix.length < 2 || prefix === base) return false;
  const re = pathPattern(base);
  return NAMES.some((n) => re.test(n.slice(n.lastIndexOf('/') + 1)));
}
