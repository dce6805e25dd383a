/**
 * A RUN's `--mount` flags: the one reading of their type and target, for the rules (a cache kept
 * out of the image) and the rewriter (a build that keeps its downloads in a cache mount).
 */
import { trimTrailingSlashes } from './paths.js';
import type { InstructionNode } from './types.js';

export interface RunMount {
  type: string;
  /** Where it is mounted (`target`, `dst` or `destination`), without a trailing slash; '' when not given. */
  target: string;
}

/** The RUN's mounts of the given types (`bind` when the flag names none, as BuildKit reads it). */
export function runMounts(ins: InstructionNode, types: readonly string[]): RunMount[] {
  return ins.flags
    .filter((f) => f.name.toLowerCase() === 'mount')
    .map((f) => ({
      type: f.options.type ?? 'bind',
      target: trimTrailingSlashes(f.options.target ?? f.options.dst ?? f.options.destination ?? ''),
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
