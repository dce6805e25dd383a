/**
 * A RUN's `--mount` flags: the one reading of their type, target and source, for the rules (a cache
 * kept out of the image, a bind mount reading the context) and the rewriter (a build that keeps its
 * downloads in a cache mount, a RUN that reads the context through a bind mount).
 */
import { trimTrailingSlashes } from './paths.js';
import type { InstructionNode } from './types.js';

export interface RunMount {
  type: string;
  /** Where it is mounted (`target`, `dst` or `destination`), without a trailing slash; '' when not given. */
  target: string;
  /** What it mounts (`source`), as written; null when not given (a bind mount then mounts the whole context or stage). */
  source: string | null;
  /** The stage or image it mounts from (`from`); null for the build context. */
  from: string | null;
}

/** The RUN's mounts of the given types (`bind` when the flag names none, as BuildKit reads it). */
export function runMounts(ins: InstructionNode, types: readonly string[]): RunMount[] {
  return ins.flags
    .filter((f) => f.name.toLowerCase() === 'mount')
    .map((f) => ({
      type: f.options.type ?? 'bind',
      target: trimTrailingSlashes(f.options.target ?? f.options.dst ?? f.options.destination ?? ''),
      source: f.options.source ?? null,
      from: f.options.from ?? null,
    }))
    .filter((m) => types.includes(m.type));
}

/** The RUN's BuildKit cache mounts (`--mount=type=cache`), kept between builds. */
export function cacheMounts(ins: InstructionNode): RunMount[] {
  return runMounts(ins, ['cache']);
}

/**
 * Whether a RUN keeps a folder under one of `dirs` (any, when none is given) out of the image: a
 * cache mount, or a tmpfs, which is empty again at the next build.
 */
export function hasCacheMount(ins: InstructionNode, dirs: readonly string[] = []): boolean {
  return runMounts(ins, ['cache', 'tmpfs']).some(
    ({ target }) =>
      dirs.length === 0 ||
      dirs.some((d) => target === d || target.startsWith(d + '/') || d.startsWith(target + '/')),
  );
}
