/** Helpers shared by the "structure" rules (DOP002…DOP019): stages, their names and references. */

/** Keywords the builder knows; an unknown one is DOP001's finding, so structure rules skip it. */
export const KNOWN_KEYWORDS: ReadonlySet<string> = new Set([
  'ADD',
  'ARG',
  'CMD',
  'COPY',
  'ENTRYPOINT',
  'ENV',
  'EXPOSE',
  'FROM',
  'HEALTHCHECK',
  'LABEL',
  'MAINTAINER',
  'ONBUILD',
  'RUN',
  'SHELL',
  'STOPSIGNAL',
  'USER',
  'VOLUME',
  'WORKDIR',
]);

/** `upper` for `RUN`, `lower` for `run`, `mixed` for `Run`. */
export function casingOf(word: string): 'upper' | 'lower' | 'mixed' {
  if (word === word.toUpperCase()) return 'upper';
  if (word === word.toLowerCase()) return 'lower';
  return 'mixed';
}
