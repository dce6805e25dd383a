/**
 * Recommended packages that a named package needs for its everyday use, so switching recommends
 * off must name them: curl, wget and git fetch over HTTPS and only verify certificates with
 * ca-certificates, which Debian and Ubuntu ship as a Recommends of wget and git and of libcurl4
 * (what curl depends on). From the packages' control data on packages.debian.org (bookworm) and
 * packages.ubuntu.com (noble); reviewed 2026-12-02.
 */
export const NEEDED_RECOMMENDS: Readonly<Record<string, readonly string[]>> = {
  curl: ['ca-certificates'],
  libcurl4: ['ca-certificates'],
  wget: ['ca-certificates'],
  git: ['ca-certificates'],
  'python3-requests': ['ca-certificates'],
};

/** The recommended packages to name along with `packages` when recommends are switched off. */
export function neededRecommends(packages: readonly string[]): string[] {
  const named = new Set(packages);
  const out: string[] = [];
  for (const p of packages) {
    for (const r of NEEDED_RECOMMENDS[p] ?? []) {
      if (!named.has(r)) {
        named.add(r);
        out.push(r);
      }
    }
  }
  return out;
}
