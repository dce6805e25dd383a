/**
 * Where each package manager keeps the cache a BuildKit cache mount (`RUN --mount=type=cache`)
 * can hold between builds, for a root build user in the official images (HOME=/root; Go's
 * GOPATH=/go and GOCACHE under /root/.cache; Rust's CARGO_HOME=/usr/local/cargo). apt needs both
 * its archive and list folders, locked against parallel builds. From the Dockerfile reference
 * (RUN --mount=type=cache) and each tool's documentation of its cache folder; reviewed 2026-12-07.
 */
import type { PackageManagerId } from './package-managers.js';

export interface CacheMount {
  target: string;
  /** `locked` where the tool cannot share its cache with a parallel build (apt, dpkg). */
  sharing?: 'locked';
}

export const CACHE_MOUNTS: Partial<Readonly<Record<PackageManagerId, readonly CacheMount[]>>> = {
  'apt-get': [
    { target: '/var/cache/apt', sharing: 'locked' },
    { target: '/var/lib/apt', sharing: 'locked' },
  ],
  pip: [{ target: '/root/.cache/pip' }],
  npm: [{ target: '/root/.npm' }],
  go: [{ target: '/go/pkg/mod' }, { target: '/root/.cache/go-build' }],
  cargo: [{ target: '/usr/local/cargo/registry' }],
  mvn: [{ target: '/root/.m2' }],
};

/** The flag that mounts one cache. */
export function cacheMountFlag(m: CacheMount): string {
  return `--mount=type=cache,target=${m.target}${m.sharing ? `,sharing=${m.sharing}` : ''}`;
}
