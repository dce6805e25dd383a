import type { ImageRef } from './types.js';

/** ARGs BuildKit defines by itself in the scope of FROM lines. */
export const AUTOMATIC_PLATFORM_ARGS = new Set([
  'TARGETPLATFORM',
  'TARGETOS',
  'TARGETARCH',
  'TARGETVARIANT',
  'BUILDPLATFORM',
  'BUILDOS',
  'BUILDARCH',
  'BUILDVARIANT',
]);

const HUB_REGISTRIES = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io']);

/**
 * Longest value a substitution may bring in. Values built from others (`ENV B=${A}${A}`) double
 * at each step: 28 such lines made 1 GB. Past this a variable is left as written (unresolved),
 * which every reader already treats as "not known here".
 */
export const MAX_SUBSTITUTED_CHARS = 8192;

/**
 * Substitutes `$NAME`, `${NAME}`, `${NAME:-word}`, `${NAME-word}`, `${NAME:+word}` with values
 * from `vars`. Unknown names, and values longer than MAX_SUBSTITUTED_CHARS, stay as written and
 * are listed in `unresolved`.
 */
export function substituteVariables(
  text: string,
  vars: ReadonlyMap<string, string | null>,
): { value: string; unresolved: string[]; used: string[] } {
  const unresolved: string[] = [];
  const used: string[] = [];
  const value = text.replace(
    /\$(?:\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-+])([^{}]*))?\}|([A-Za-z_][A-Za-z0-9_]*))/g,
    (
      whole,
      braced: string | undefined,
      op: string | undefined,
      word: string | undefined,
      bare: string | undefined,
    ) => {
      const name = (braced ?? bare)!;
      used.push(name);
      const has = vars.has(name);
      const v = vars.get(name) ?? null;
      if (v !== null && v.length > MAX_SUBSTITUTED_CHARS) {
        unresolved.push(name);
        return whole;
      }
      const set = has && v !== null && (op?.startsWith(':') ? v !== '' : true);
      if (op === ':+' || op === '+') return set ? (word ?? '') : '';
      if (op === ':-' || op === '-') return set ? v! : (word ?? '');
      if (set) return v!;
      if (has && v === '') return '';
      unresolved.push(name);
      return whole;
    },
  );
  return { value, unresolved, used };
}

/** Splits an image reference into registry, repository name, tag and digest. */
export function splitImageReference(ref: string): {
  registry: string | null;
  name: string;
  tag: string | null;
  digest: string | null;
} {
  let rest = ref.trim();
  let digest: string | null = null;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1) || null;
    rest = rest.slice(0, at);
  }
  let registry: string | null = null;
  const slash = rest.indexOf('/');
  if (slash > 0) {
    const first = rest.slice(0, slash);
    if (first.includes('.') || first.includes(':') || first === 'localhost' || /^\$/.test(first)) {
      registry = first;
      rest = rest.slice(slash + 1);
    }
  }
  let tag: string | null = null;
  const lastSlash = rest.lastIndexOf('/');
  const colon = rest.indexOf(':', lastSlash + 1);
  if (colon >= 0) {
    tag = rest.slice(colon + 1) || null;
    rest = rest.slice(0, colon);
  }
  let name = rest;
  if ((registry === null || HUB_REGISTRIES.has(registry)) && name.startsWith('library/'))
    name = name.slice(8);
  if (registry !== null && HUB_REGISTRIES.has(registry)) registry = null;
  return { registry, name, tag, digest };
}

export function buildImageRef(
  raw: string,
  span: { start: number; end: number },
  platform: string | null,
  vars: ReadonlyMap<string, string | null>,
  stageNames: ReadonlyMap<string, number>,
): ImageRef {
  const { value: resolved, unresolved } = substituteVariables(raw, vars);
  const lower = resolved.toLowerCase();
  const stage = stageNames.get(lower) ?? null;
  const parts = splitImageReference(resolved);
  return {
    raw,
    resolved,
    ...parts,
    platform,
    stage,
    scratch: lower === 'scratch',
    unresolved: unresolved.filter((n) => !AUTOMATIC_PLATFORM_ARGS.has(n)),
    span,
  };
}
