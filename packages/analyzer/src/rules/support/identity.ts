/** Helpers shared by the "users, ARG/ENV, secrets" rules (DOP030–DOP033, DOP130–DOP135). */
import { nonRootDefault } from '../../knowledge/nonroot-images.js';
import { substituteVariables } from '../../model/image-ref.js';
import type { DockerfileModel, InstructionNode, StageNode } from '../../model/types.js';
import { positionals } from '../../shell/command.js';
import type { SimpleCommand, Word } from '../../shell/types.js';
import type { Span } from '../../types.js';
import { lineage } from '../../model/lineage.js';
import { variablesBefore } from '../../model/state-at.js';

export { lineage };

/** Top-level instructions of a stage's lineage in build order (ancestors first), ONBUILD triggers excluded. */
export function lineageInstructions(model: DockerfileModel, stage: StageNode): InstructionNode[] {
  return lineage(model, stage)
    .reverse()
    .flatMap((s) => s.instructions);
}

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

/** A USER value with variables substituted, or null when a variable cannot be resolved. */
export function resolveUser(model: DockerfileModel, ins: InstructionNode): string | null {
  const raw = ins.args[0]?.value ?? '';
  if (raw === '') return null;
  const { value, unresolved } = substituteVariables(raw, variablesAt(model, ins));
  return unresolved.length > 0 || value.includes('$') ? null : value;
}

/** The user part of `user[:group]`. */
export function userPart(user: string): string {
  const colon = user.indexOf(':');
  return colon >= 0 ? user.slice(0, colon) : user;
}

/** Whether a user (name or uid, group ignored) is root. */
export function isRootUser(user: string): boolean {
  const u = userPart(user).trim();
  return u === 'root' || /^0+$/.test(u);
}

/** The last USER of the stage lineage (what the image runs as), ONBUILD triggers excluded. */
export function lastUser(model: DockerfileModel, stage: StageNode): InstructionNode | null {
  let last: InstructionNode | null = null;
  for (const i of lineageInstructions(model, stage)) if (i.keyword === 'USER') last = i;
  return last;
}

/** Options of useradd / adduser (shadow, BusyBox and Debian) that take a value, so positionals skip them. */
const USER_TOOL_VALUE_OPTIONS: Record<string, readonly string[]> = {
  useradd: [
    ...['-b', '-c', '-d', '-e', '-f', '-g', '-G', '-k', '-K', '-p', '-P', '-R', '-s', '-u', '-Z'],
    ...['--base-dir', '--comment', '--home-dir', '--expiredate', '--inactive', '--gid', '--groups'],
    ...['--skel', '--key', '--password', '--prefix', '--root', '--shell', '--uid', '--selinux-user'],
  ],
  adduser: [
    ...['-h', '-g', '-s', '-G', '-u', '-k'],
    ...['--home', '--shell', '--gecos', '--comment', '--ingroup', '--uid', '--gid', '--firstuid'],
    ...['--lastuid', '--add-extra-groups', '--conf', '--key'],
  ],
};

export interface UserCreation {
  cmd: SimpleCommand;
  ins: InstructionNode;
  /** The user name, when written literally. */
  name: string | null;
  /** The `-u`/`--uid` word, when given. */
  uid: Word | null;
}

/** The uid option word of a useradd/adduser call (`-u 1000`, `-u1000`, `--uid=1000`, `--uid 1000`). */
function uidWord(args: readonly Word[]): Word | null {
  for (let i = 0; i < args.length; i++) {
    const v = args[i]!.value;
    if (v === '--') break;
    if (v === '-u' || v === '--uid') return args[i + 1] ?? null;
    if (v.startsWith('--uid=') || (/^-u\d/.test(v) && !v.startsWith('--'))) return args[i]!;
  }
  return null;
}

/** The numeric value of a uid word (`-u1000` and `--uid=1000` included), or null. */
export function uidValue(word: Word): number | null {
  const m = /^(?:--uid=|-u)?(\d+)$/.exec(word.value);
  return m ? Number(m[1]) : null;
}

/** Every useradd/adduser command in the RUNs among `instructions`. */
export function userCreations(instructions: Iterable<InstructionNode>): UserCreation[] {
  const out: UserCreation[] = [];
  for (const ins of instructions) {
    for (const cmd of ins.shell?.commands ?? []) {
      const valueOptions = USER_TOOL_VALUE_OPTIONS[cmd.name];
      if (!valueOptions) continue;
      const names = positionals(cmd.args, valueOptions);
      const last = names[names.length - 1];
      // Debian `adduser NAME GROUP` adds a user to a group; the first positional is the user.
      const nameWord = cmd.name === 'adduser' && names.length === 2 ? names[0] : last;
      out.push({
        cmd,
        ins,
        name: nameWord && !nameWord.expansion ? nameWord.value : null,
        uid: uidWord(cmd.args),
      });
    }
  }
  return out;
}

/**
 * Who a (top-level) instruction runs as: the last USER before it in its stage lineage, else the
 * base image's default (root unless the non-root table says otherwise). `unknown` when a USER
 * cannot be resolved or the base is an unresolved variable.
 */
export function userAt(model: DockerfileModel, ins: InstructionNode): 'root' | 'non-root' | 'unknown' {
  const stage = ins.stage >= 0 ? model.stages[ins.stage] : undefined;
  if (!stage || ins.onbuild) return 'unknown';
  let last: InstructionNode | null = null;
  for (const i of lineageInstructions(model, stage)) {
    if (i === ins) break;
    if (i.keyword === 'USER') last = i;
  }
  if (last) {
    const value = resolveUser(model, last);
    if (value === null) return 'unknown';
    return isRootUser(value) ? 'root' : 'non-root';
  }
  const chain = lineage(model, stage);
  const base = chain[chain.length - 1]!.image;
  if (base.scratch) return 'root';
  if (base.stage !== null || base.unresolved.length > 0) return 'unknown';
  return nonRootDefault(base) ? 'non-root' : 'root';
}

/**
 * Words of a variable name that mark a secret: BuildKit's SecretsUsedInArgOrEnv tokens (apikey,
 * auth, credential(s), key, password, pword, passwd, secret, token) plus common short forms.
 */
export const SECRET_NAME_WORDS: readonly string[] = [
  ...['apikey', 'auth', 'credential', 'credentials', 'key', 'password', 'pword', 'passwd'],
  ...['secret', 'token', 'pass', 'pwd', 'privatekey', 'accesskey', 'secretkey'],
];

/**
 * Words that make such a name harmless: BuildKit's `public`, plus the false positives its users
 * reported (moby/buildkit#5410, #6501): `*_FILE` (a path to a mounted secret), `*_VERSION`, and
 * public-key material such as the official images' `GPG_KEY` fingerprints.
 */
export const SECRET_NAME_ALLOW_WORDS: readonly string[] = [
  ...['public', 'pub', 'file', 'files', 'path', 'dir', 'version', 'url', 'uri', 'gpg', 'pgp'],
  ...['fingerprint', 'keyring', 'type', 'name', 'header', 'method', 'mode', 'len', 'length'],
];

/** Lower-case words of a name: split on `_`, `-`, `.` and camelCase boundaries. */
export function nameWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .split(/[_\-.]+/)
    .map((w) => w.toLowerCase())
    .filter((w) => w !== '');
}

/** The secret word a variable name contains, or null when it does not look like a secret. */
export function secretWord(name: string): string | null {
  const words = nameWords(name);
  if (words.some((w) => SECRET_NAME_ALLOW_WORDS.includes(w))) return null;
  return words.find((w) => SECRET_NAME_WORDS.includes(w)) ?? null;
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
  const names = new Set(WELL_KNOWN_VARS);
  if (base.scratch) return names;
  if (base.stage !== null || base.unresolved.length > 0) return null;
  const registry = base.registry?.toLowerCase();
  if (registry && !['docker.io', 'index.docker.io', 'registry-1.docker.io'].includes(registry)) return null;
  const env = IMAGE_ENV[base.name.toLowerCase().replace(/^library\//, '')];
  if (!env) return null;
  for (const n of env) names.add(n);
  return names;
}

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
  const out: VarUse[] = [];
  for (const c of commands) {
    const words = [...c.assignments, ...c.argv, ...c.redirects.flatMap((r) => (r.target ? [r.target] : []))];
    for (const w of words) {
      if (!w.expansion) continue;
      for (const ref of referencedVars(w.raw)) {
        if (own.has(ref.name) || ref.hasDefault) continue;
        const start = w.span.start + ref.offset;
        out.push({ name: ref.name, span: { start, end: start + ref.length } });
      }
    }
  }
  return out;
}

/** Files and folders that hold credentials when copied from the build context (DOP135). */
export const SECRET_FILES = {
  /** Exact file names. */
  names: [
    ...['.env', '.npmrc', '.pypirc', '.netrc', '.git-credentials', '.dockercfg', '.pgpass', 'credentials'],
    ...['credentials.json', 'id_rsa', 'id_dsa', 'id_ecdsa', 'id_ed25519', 'htpasswd', '.htpasswd'],
  ],
  /** Folders whose content is credentials. */
  dirs: ['.ssh', '.aws', '.gnupg', '.docker', '.kube'],
  /** Extensions of private keys and key stores. */
  extensions: ['.pem', '.key', '.p12', '.pfx'],
  /** `.env.<suffix>` files that are templates, not secrets. */
  envTemplateSuffixes: ['example', 'sample', 'template', 'dist', 'defaults', 'default', 'tpl'],
  /** Name words that mark a `.pem`/`.key` file as public material (certificates, public keys). */
  publicWords: ['cert', 'certificate', 'ca', 'chain', 'fullchain', 'bundle', 'pub', 'public', 'root'],
} as const;

/** Why a COPY/ADD source path looks like a secret, or null. */
export function secretFileReason(path: string): string | null {
  const segments = path
    .replace(/(?<!\/)\/+$/, '')
    .split('/')
    .filter((s) => s !== '' && s !== '.');
  const base = segments[segments.length - 1] ?? '';
  const dir = segments.find((s) => (SECRET_FILES.dirs as readonly string[]).includes(s));
  if (dir) return dir;
  if ((SECRET_FILES.names as readonly string[]).includes(base)) return base;
  if (base.startsWith('.env.')) {
    const suffix = base.slice(5).toLowerCase();
    return (SECRET_FILES.envTemplateSuffixes as readonly string[]).includes(suffix) ? null : base;
  }
  const ext = SECRET_FILES.extensions.find((e) => base.toLowerCase().endsWith(e));
  if (!ext) return null;
  const words = nameWords(base.slice(0, -ext.length));
  return words.some((w) => (SECRET_FILES.publicWords as readonly string[]).includes(w)) ? null : base;
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
