/**
 * The peers, as data: how each is installed, run and read, and which of our rules each of its
 * rules corresponds to. Correspondences are written as ids our rules carry in `aka` (hadolint,
 * Docker build checks, Trivy) or our slugs, so they survive renumbering; they are resolved to our
 * rule ids at run time. Several ids in one entry mean the peer's rule covers several of ours.
 */

export interface PeerFinding {
  line: number;
  /** The peer's own rule key (code, label or title key). */
  code: string;
}

export interface Peer {
  id: string;
  name: string;
  /** npm package and version installed into bench/.peers. */
  npm: string;
  /** Debian packages it needs at run time (installed when possible, else the peer is skipped). */
  apt?: { pkg: string; bin: string }[];
  bin: string;
  /** Arguments for one file; `many` when one process can take every file. */
  args: (file: string) => string[];
  many?: (files: readonly string[]) => string[];
  /** Reads the output of one run over many files: findings per file as given on the command line. */
  parseMany?: (stdout: string) => Map<string, PeerFinding[]>;
  /** Reads the output of one single-file run. */
  parse: (stdout: string) => PeerFinding[];
  /** Peer rule key → our rule references (aka ids or slugs). */
  map: Record<string, string[]>;
  note: string;
}

/** Tools that cannot be installed here (no npm or Debian package; nothing else downloads). */
export const NOT_RUNNABLE = [
  { name: 'hadolint', why: 'ships as a Haskell binary or Docker image; no npm or Debian package' },
  { name: 'Docker build checks', why: 'need BuildKit (docker buildx build --check); no Docker engine here' },
  { name: 'Trivy', why: 'ships as a Go binary or Docker image; no npm or Debian package' },
];

const SYNTAX = ['syntax-error'];

export const PEERS: Peer[] = [
  {
    id: 'dockerfile-utils',
    name: 'dockerfile-utils 0.16.3',
    npm: 'dockerfile-utils@0.16.3',
    bin: 'dockerfile-utils',
    args: (f) => ['lint', f],
    parse: parseDockerfileUtilsCli,
    map: {
      DEPRECATED_MAINTAINER: ['DL4000'],
      MULTIPLE_INSTRUCTIONS: ['DL4003', 'DL4004', 'DL3012'],
      JSON_IN_SINGLE_QUOTES: ['json-form-single-quotes'],
      WORKDIR_IS_NOT_ABSOLUTE: ['DL3000'],
      DUPLICATE_BUILD_STAGE_NAME: ['DL3024'],
      EMPTY_CONTINUATION_LINE: ['NoEmptyContinuation'],
      INVALID_PORT: ['DL3011'],
      ONBUILD_TRIGGER_DISALLOWED: ['DL3043'],
      CASING_INSTRUCTION: ['ConsistentInstructionCasing'],
      UNKNOWN_INSTRUCTION: SYNTAX,
      ARGUMENT_MISSING: SYNTAX,
      NO_SOURCE_IMAGE: ['DL3061'],
    },
    note: 'the linter behind the Dockerfile language server (VS Code); same parser as ours (dockerfile-ast)',
  },
  {
    id: 'dockerfilelint',
    name: 'dockerfilelint 1.8.0',
    npm: 'dockerfilelint@1.8.0',
    bin: 'dockerfilelint',
    args: (f) => ['-o', 'json', f],
    // its CLI takes many files (`dockerfilelint dir/*`), as its users run it over a repository
    many: (files) => ['-o', 'json', ...files],
    parse: parseDockerfilelint,
    parseMany: (out) => {
      const doc = JSON.parse(out) as DockerfilelintReport;
      return new Map(doc.files.map((f) => [f.file, dockerfilelintIssues(f)]));
    },
    map: {
      missing_tag: ['DL3006'],
      latest_tag: ['DL3007'],
      sudo_usage: ['DL3004'],
      'apt-get_missing_param': ['DL3014'],
      'apt-get_recommends': ['DL3015'],
      'apt-get-upgrade': ['DS-0024', 'distro-upgrade'],
      'apt-get-dist-upgrade': ['DS-0024', 'distro-upgrade'],
      'apt-get-update_require_install': ['DS-0017'],
      'apkadd-missing_nocache_or_updaterm': ['DL3019'],
      invalid_port: ['DL3011'],
      expose_host_port: ['ExposeInvalidFormat'],
      'deprecated_in_1.13': ['DL4000'],
      from_first: ['DL3061'],
      'apt-get_missing_rm': ['DL3009'],
      uppercase_commands: ['ConsistentInstructionCasing'],
      invalid_line: SYNTAX,
    },
    note: 'Replicated (fromlatest.io); unmaintained for years',
  },
  {
    id: 'dockerfile_lint',
    name: 'dockerfile_lint 0.3.4',
    npm: 'dockerfile_lint@0.3.4',
    bin: 'dockerfile_lint',
    args: (f) => ['-j', '-f', f],
    parse: parseDockerfileLint,
    map: {
      is_latest_tag: ['DL3007'],
      no_tag: ['DL3006'],
      maintainer_deprecated: ['DL4000'],
      no_yum_clean_all: ['DL3032'],
      no_dnf_clean_all: ['DL3040'],
    },
    note: 'Red Hat / Project Atomic; rules as YAML, label-centred defaults',
  },
  {
    id: 'dockerlinter',
    name: 'dockerlinter 1.2.2',
    npm: 'dockerlinter@1.2.2',
    apt: [{ pkg: 'shellcheck', bin: 'shellcheck' }],
    bin: 'dockerlinter',
    args: (f) => ['-j', '-f', f],
    parse: parseDockerlinter,
    map: {
      ER0001: ['DL4006'],
      EU0001: ['DL3002'],
      EI0001: ['DL4003', 'DL4004', 'DL3012'],
      EI0002: ['DL3061'],
      EF0001: ['DL3061'],
      EC0001: ['DL3023'],
      EC0002: ['DL3022'],
      EI0003: ['DL4000'],
      EJ0001: ['json-form-single-quotes'],
      EJ0002: ['DL3025'],
      EF0002: ['DL3024'],
      EF0003: ['DL3007'],
      EF0004: ['DL3006'],
      ER0002: ['DL3009'],
      ER0003: ['DL3003'],
      ER0004: ['DL3004'],
      ER0005: ['DL3001'],
      ER0006: ['distro-upgrade', 'DL3027'],
      EC0003: ['DL3010'],
      ER0007: ['DL4001'],
      ER0008: ['DL4005'],
      ER0009: ['DL3014'],
      ER0010: ['DL3015'],
      EA0002: ['DL3020'],
      EC0004: ['DL3021'],
      ER0011: ['DL3019'],
      ER0012: ['DL3008'],
      ER0013: ['DL3013'],
      ER0014: ['DL3016'],
      ER0015: ['DL3018'],
      ER0016: ['DL3028'],
      EI0004: ['DL3043'],
      EW0001: ['DL3000'],
      EE0001: ['DL3011'],
      EI0005: ['ConsistentInstructionCasing'],
      EL0001: SYNTAX,
      ED0004: ['DOP009'],
    },
    note: 'hadolint-like rules in JavaScript plus ShellCheck (its own ids, mapped here to hadolint ids)',
  },
];

function parseDockerfileUtilsCli(out: string): PeerFinding[] {
  // "Line: N\n<text>\n^^^\nWarning: message" blocks; the CLI prints messages, not codes.
  const found: PeerFinding[] = [];
  const re = /^Line: (\d+)\n[\s\S]*?\n(?:Error|Warning): (.*)$/gm;
  for (const m of out.matchAll(re)) found.push({ line: Number(m[1]), code: m[2]! });
  return found;
}

interface DockerfilelintReport {
  files: { file: string; issues: { line: string; title: string }[] }[];
}

function dockerfilelintIssues(f: DockerfilelintReport['files'][number]): PeerFinding[] {
  return f.issues.map((i) => ({
    line: Number(i.line),
    code: DOCKERFILELINT_KEY_BY_TITLE[i.title] ?? i.title,
  }));
}

function parseDockerfilelint(out: string): PeerFinding[] {
  return (JSON.parse(out) as DockerfilelintReport).files.flatMap(dockerfilelintIssues);
}

/** dockerfilelint reports titles; its reference table names each by key. */
const DOCKERFILELINT_KEY_BY_TITLE: Record<string, string> = {
  'Missing Required Arguments': 'required_params',
  'Capitalize Dockerfile Instructions': 'uppercase_commands',
  'First Command Must Be FROM or ARG': 'from_first',
  'Invalid Line': 'invalid_line',
  'Use Of sudo Is Not Allowed': 'sudo_usage',
  'Missing parameter for `apt-get`': 'apt-get_missing_param',
  'Consider `--no-install-recommends`': 'apt-get_recommends',
  '`apt-get upgrade` Is Not Allowed': 'apt-get-upgrade',
  'apt-get dist-upgrade Is Not Allowed': 'apt-get-dist-upgrade',
  'apt-get update without matching apt-get install': 'apt-get-update_require_install',
  'Consider `--no-cache or --update with rm -rf /var/cache/apk/*`': 'apkadd-missing_nocache_or_updaterm',
  'Consider `--virtual` when using apk add and del together in a command.': 'apkadd-missing-virtual',
  'Invalid Port Exposed': 'invalid_port',
  'Invalid Command': 'invalid_command',
  'Expose Only Container Port': 'expose_host_port',
  'Label Is Invalid': 'label_invalid',
  'Base Image Missing Tag': 'missing_tag',
  'Base Image Latest Tag': 'latest_tag',
  'Extra Arguments': 'extra_args',
  'Missing Arguments': 'missing_args',
  'Deprecated as of Docker 1.13': 'deprecated_in_1.13',
  'Invalid ADD Source': 'add_src_invalid',
  'Invalid ADD Destination': 'add_dest_invalid',
  'Invalid WORKDIR': 'invalid_workdir',
  'Invalid Argument Format': 'invalid_format',
  'apt-get update with matching cache rm': 'apt-get_missing_rm',
  'Missing Argument for HEALTHCHECK option': 'healthcheck_options_missing_args',
};

function parseDockerfileLint(out: string): PeerFinding[] {
  const doc = JSON.parse(out) as Record<
    string,
    { data?: { label?: string; message: string; line?: number }[] }
  >;
  return ['error', 'warn', 'info'].flatMap((level) =>
    (doc[level]?.data ?? []).map((d) => ({ line: d.line ?? -1, code: d.label ?? d.message })),
  );
}

function parseDockerlinter(out: string): PeerFinding[] {
  const start = out.indexOf('[');
  if (start < 0) return [];
  const items = JSON.parse(out.slice(start)) as { lineNumber: number; code: string }[];
  return items.map((i) => ({ line: i.lineNumber, code: i.code }));
}
