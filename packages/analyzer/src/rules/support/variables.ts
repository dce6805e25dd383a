/** Variables: what Docker knows before an instruction, what a word or a RUN expands, what a base image sets. */
import { lineage } from '../../model/lineage.js';
import { variablesBefore } from '../../model/state-at.js';
import type { DockerfileModel, InstructionNode, StageNode } from '../../model/types.js';
import type { SimpleCommand, Word } from '../../shell/types.js';
import type { Span } from '../../types.js';

/**
 * Variables Docker knows before `ins`: ENV and ARG of the stage and of the stages it builds on
 * (ENV is part of the image; BuildKit passes a stage's ARGs on to stages built on it, while an
 * unrelated stage's ARGs stay there). `ARG NAME` without a
 * default takes the global ARG's default. A null value means declared but without a value. An
 * ONBUILD trigger sees what its ONBUILD sees. The map is shared: read it, never change it.
 */
export function variablesAt(
  model: DockerfileModel,
  ins: InstructionNode,
): ReadonlyMap<string, string | null> {
  return variablesBefore(model, ins.onbuild ?? ins);
}

export interface VarRef {
  name: string;
  /** Offset of the `$` within the text. */
  offset: number;
  /** Length of the whole expression (`${NAME}` is 7). */
  length: number;
  /** `${NAME:-x}` and friends give a value of their own when NAME is unset. */
  hasDefault: boolean;
}

/**
 * The variables a Dockerfile word expands (`$NAME`, `${NAME}`, `${NAME:-x}`…), as Docker's own
 * word expansion reads them for ENV, WORKDIR, COPY, USER… : not inside single quotes, not after
 * the escape character.
 */
export function referencedVars(raw: string, escapeChar = '\\'): VarRef[] {
  const out: VarRef[] = [];
  let single = false;
  let double = false;
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i]!;
    if (ch === escapeChar && !single) {
      i++;
      continue;
    }
    if (ch === "'" && !double) single = !single;
    else if (ch === '"' && !single) double = !double;
    else if (ch === '$' && !single) {
      const m =
        /^\$(?:\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-+?])|(?![A-Za-z0-9_]))[^{}]*\}|([A-Za-z_][A-Za-z0-9_]*))/.exec(
          raw.slice(i),
        );
      if (!m) continue;
      out.push({ name: (m[1] ?? m[3])!, offset: i, length: m[0].length, hasDefault: m[2] !== undefined });
      i += m[0].length - 1;
    }
  }
  return out;
}

/** Variables every Linux image or build has, or that tools treat as always set. */
export const WELL_KNOWN_VARS: readonly string[] = [
  ...['PATH', 'HOME', 'HOSTNAME', 'TERM'],
  // Predefined proxy build args: usable without an ARG line.
  ...['HTTP_PROXY', 'http_proxy', 'HTTPS_PROXY', 'https_proxy', 'FTP_PROXY', 'ftp_proxy'],
  ...['NO_PROXY', 'no_proxy', 'ALL_PROXY', 'all_proxy'],
];

/**
 * The ENV that official images set, per Docker Hub repository. Only images listed here are
 * judged by DOP132: any other base may set variables we cannot see, so it stays silent there.
 * Lists are supersets across tags and versions (an extra name only hides a finding).
 */
export const IMAGE_ENV: Readonly<Record<string, readonly string[]>> = {
  debian: [],
  ubuntu: [],
  alpine: [],
  busybox: [],
  fedora: ['DISTTAG', 'FGC', 'FBR'],
  python: [
    'LANG',
    'GPG_KEY',
    'PYTHON_VERSION',
    'PYTHON_SHA256',
    'PYTHON_PIP_VERSION',
    'PYTHON_SETUPTOOLS_VERSION',
    'PYTHON_GET_PIP_URL',
    'PYTHON_GET_PIP_SHA256',
  ],
  node: ['NODE_VERSION', 'YARN_VERSION'],
  golang: ['GOLANG_VERSION', 'GOTOOLCHAIN', 'GOPATH'],
  rust: ['RUSTUP_HOME', 'CARGO_HOME', 'RUST_VERSION'],
  nginx: ['NGINX_VERSION', 'NJS_VERSION', 'NJS_RELEASE', 'PKG_RELEASE', 'DYNPKG_RELEASE', 'ACME_VERSION'],
  'eclipse-temurin': ['JAVA_HOME', 'JAVA_VERSION', 'LANG', 'LANGUAGE', 'LC_ALL'],
};

/** Names a stage can use without defining them, or null when its base image is not known well enough. */
export function knownBaseEnv(model: DockerfileModel, stage: StageNode): Set<string> | null {
  const chain = lineage(model, stage);
  const base = chain[chain.length - 1]!.image;
  // The set is made only for a base whose variables are known (most stages' are not).
  if (base.scratch) return new Set(WELL_KNOWN_VARS);
  if (base.stage !== null || base.unresolved.length > 0) return null;
  const registry = base.registry?.toLowerCase();
  if (registry && !DOCKER_HUB.has(registry)) return null;
  const env = IMAGE_ENV[base.name.toLowerCase().replace(/^library\//, '')];
  if (!env) return null;
  const names = new Set(WELL_KNOWN_VARS);
  for (const n of env) names.add(n);
  return names;
}

const DOCKER_HUB = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io']);

/** Flags whose values Docker expands. */
const EXPANDED_FLAGS = new Set(['chown', 'chmod', 'from']);

/** Instructions whose arguments Docker itself expands (RUN, CMD, ENTRYPOINT are left to the shell). */
export const EXPANDED_INSTRUCTIONS = new Set([
  'ENV',
  'ARG',
  'LABEL',
  'WORKDIR',
  'COPY',
  'ADD',
  'USER',
  'EXPOSE',
  'STOPSIGNAL',
  'VOLUME',
]);

/** The pieces of an instruction Docker expands, as [text, offset of its first character]. */
export function expandedParts(ins: InstructionNode, text: string): Array<[string, number]> {
  if (ins.keyword === 'ENV' || ins.keyword === 'ARG' || ins.keyword === 'LABEL') {
    return ins.properties.flatMap((p) =>
      p.valueSpan && p.rawValue !== null ? [[p.rawValue, p.valueSpan.start]] : [],
    );
  }
  // `ins.args` runs on into here-document bodies; operands end with the marker's line.
  const marker = ins.heredocs[0]?.markerSpan;
  const lineEnd = marker ? text.indexOf('\n', marker.end) : -1;
  const cut = marker ? (lineEnd < 0 ? text.length : lineEnd) : Number.POSITIVE_INFINITY;
  const parts: Array<[string, number]> = ins.args
    .filter((a) => a.span.start < cut && !a.value.startsWith('<<'))
    .map((a) => [a.value, a.span.start]);
  for (const f of ins.flags) {
    if (f.valueSpan && f.value !== null && EXPANDED_FLAGS.has(f.name.toLowerCase()))
      parts.push([f.value, f.valueSpan.start]);
  }
  return parts;
}

/** Where a variable is used: its name and the span of the `$…` expression. */
export interface VarUse {
  name: string;
  span: Span;
}

/** Variables a RUN's shell expands, minus those the script sets itself (`X=1`, `export X=`, `for X in`, `read X`). */
export function shellVarUses(ins: InstructionNode): VarUse[] {
  const commands = ins.shell?.commands ?? [];
  const out: VarUse[] = [];
  // The names the RUN sets itself, read only once a word expands something (most RUNs: none).
  let own: Set<string> | null = null;
  const visit = (w: Word) => {
    if (!w.expansion) return;
    for (const ref of referencedVars(w.raw)) {
      own ??= ownNames(ins, commands);
      if (own.has(ref.name) || ref.hasDefault) continue;
      const start = w.span.start + ref.offset;
      out.push({ name: ref.name, span: { start, end: start + ref.length } });
    }
  };
  for (const c of commands) {
    for (const w of c.assignments) visit(w);
    for (const w of c.argv) visit(w);
    for (const r of c.redirects) if (r.target) visit(r.target);
  }
  return out;
}

/** The shell variables a RUN sets: assignments, `export NAME`, `read NAME`, loop variables. */
function ownNames(ins: InstructionNode, commands: readonly SimpleCommand[]): Set<string> {
  const own = new Set<string>();
  for (const c of commands) {
    for (const a of c.assignments) own.add(a.value.split('=')[0]!);
    if (['export', 'readonly', 'local', 'declare', 'typeset', 'read'].includes(c.name)) {
      for (const a of c.args) if (!a.value.startsWith('-')) own.add(a.value.split('=')[0]!);
    }
  }
  // The shell model has no node for `for NAME in …` (only the commands of its body), so the loop
  // variable is read from the script text.
  const script = [ins.argsText, ...ins.heredocs.map((h) => h.content)].join('\n');
  for (const m of script.matchAll(/(?:^|[\s;&|(])for\s+([A-Za-z_][A-Za-z0-9_]*)\s+in\b/g)) own.add(m[1]!);
  return own;
}

/**
 * A name an unknown base image probably sets itself: official-style images export their version
 * as `<IMAGE>_VERSION` (`REDIS_VERSION` in redis, `HAPROXY_VERSION` in haproxy).
 */
export function likelyImageEnv(model: DockerfileModel, stage: StageNode, name: string): boolean {
  const chain = lineage(model, stage);
  const base = chain[chain.length - 1]!.image;
  const repo = (base.name.split('/').pop() ?? '').toUpperCase().replace(/[^A-Z0-9]/g, '_');
  return repo !== '' && name === `${repo}_VERSION`;
}
