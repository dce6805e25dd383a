/**
 * Helpers shared by the "CMD/ENTRYPOINT, COPY/ADD and layers" rules (DOP040…DOP099): stage
 * ancestry, exec-form conversion, COPY/ADD sources, and what a RUN creates or deletes.
 */
import { trimTrailingSlashes } from '../../model/paths.js';
import type { ArgToken, DockerfileModel, InstructionNode } from '../../model/types.js';
import type { PackageManagerId } from '../../knowledge/package-managers.js';
import type { SimpleCommand } from '../../shell/types.js';
import { lineage as stageLineage } from '../../model/lineage.js';
import { copyOperands } from '../../model/operands.js';
import { isUnder, joinPath, resolvePath } from '../../model/paths.js';
import { workdirAt } from '../../model/state-at.js';

export { isUnder, joinPath, resolvePath, stageLineage, workdirAt };

/** Instructions of the stage (and the stages it builds on) that come before `ins`, ONBUILD excluded. */
export function instructionsBefore(model: DockerfileModel, ins: InstructionNode): InstructionNode[] {
  const stage = ins.stage >= 0 ? model.stages[ins.stage] : undefined;
  if (!stage) return [];
  const out: InstructionNode[] = [];
  for (const s of stageLineage(model, stage)) {
    for (const i of s.instructions) if (s !== stage || i.index < ins.index) out.push(i);
  }
  return out;
}

/**
 * The argv of a shell-form CMD/ENTRYPOINT when it is one plain command that exec form can say
 * exactly: no operators, redirects, assignments, expansions, globs or comments. Null when any
 * shell syntax is involved, and for `exec prog …` (already signal-safe).
 */
export function plainArgv(model: DockerfileModel, ins: InstructionNode): string[] | null {
  const script = ins.shell;
  if (!script || script.problems.length || script.commands.length !== 1 || !ins.argsSpan) return null;
  if (model.windows || ins.heredocs.length) return null;
  const cmd = script.commands[0]!;
  if (cmd.context !== 'top' || cmd.redirects.length || cmd.assignments.length) return null;
  if (cmd.argv.length === 0) return null;
  for (const w of cmd.argv) {
    if (w.expansion || /[$`]/.test(w.raw)) return null;
    // Unquoted glob or tilde characters would be expanded by the shell.
    if (/[*?[\]{}~]/.test(unquotedPart(w.raw))) return null;
  }
  // Everything between the words must be blanks or line continuations: anything else is syntax
  // (`;`, `&`, `#` comments, `if … fi` keywords) the parser folded away.
  const text = model.text;
  let pos = ins.argsSpan.start;
  const esc = model.escapeChar;
  for (const w of [...cmd.argv].sort((a, b) => a.span.start - b.span.start)) {
    if (!onlyBlanks(text.slice(pos, w.span.start), esc)) return null;
    pos = w.span.end;
  }
  if (!onlyBlanks(text.slice(pos, ins.argsSpan.end), esc)) return null;
  // `exec prog …` already replaces the shell; converting it would change the program the
  // rewriter's invariants see, for no gain in signal handling.
  if (cmd.argv[0]?.value === 'exec') return null;
  return cmd.argv.map((w) => w.value);
}

function onlyBlanks(gap: string, esc: string): boolean {
  return (
    gap
      .split(esc + '\r\n')
      .join('')
      .split(esc + '\n')
      .join('')
      .trim() === ''
  );
}

/** The characters of a raw shell word that are outside quotes. */
function unquotedPart(raw: string): string {
  let out = '';
  let quote: string | null = null;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i]!;
    if (quote) {
      if (c === quote) quote = null;
      else if (c === '\\' && quote === '"') i++;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '\\') i++;
    else out += c;
  }
  return out;
}

/** `["a", "b"]`: the exec form Docker documents, one space after each comma. */
export function execForm(argv: readonly string[]): string {
  return `[${argv.map((a) => JSON.stringify(a)).join(', ')}]`;
}

/* ------------------------------------------------------------------------------------------ */
/* COPY / ADD sources.                                                                         */
/* ------------------------------------------------------------------------------------------ */

/** Archive suffixes ADD extracts from the build context (tar, optionally gzip/bzip2/xz/zstd compressed). */
export const LOCAL_ARCHIVE_SUFFIXES = [
  '.tar',
  '.tar.gz',
  '.tgz',
  '.tar.bz2',
  '.tbz',
  '.tbz2',
  '.tar.xz',
  '.txz',
  '.tar.zst',
  '.tzst',
] as const;

/** Suffixes hadolint DL3010 treats as archives (it also counts zip-style files an extractor handles). */
export const ARCHIVE_SUFFIXES = [
  ...LOCAL_ARCHIVE_SUFFIXES,
  '.zip',
  '.gz',
  '.bz2',
  '.xz',
  '.zst',
  '.lz',
  '.lzma',
  '.Z',
  '.7z',
] as const;

export function isUrl(src: string): boolean {
  // Most sources are paths: a plain search before the pattern.
  return src.includes('://') && /^[a-z][a-z0-9+.-]*:\/\//i.test(src);
}

/** A git source ADD clones: `git@host:repo`, `https://…/repo.git`, `git://…`, `…#ref`. */
export function isGitSource(src: string): boolean {
  // Every form starts with `git`, `ssh` or `http` (case matters): the patterns only for those.
  const c = src.charCodeAt(0);
  if (c !== 0x67 /* g */ && c !== 0x73 /* s */ && c !== 0x68 /* h */) return false;
  return (
    /^git@[^:]+:/.test(src) ||
    /^git:\/\//.test(src) ||
    /^ssh:\/\//.test(src) ||
    /^https?:\/\/[^#?]+\.git(?:[#?].*)?$/.test(src) ||
    /^https?:\/\/(github\.com|gitlab\.com|bitbucket\.org)\/[^/]+\/[^/]+\/?#/.test(src)
  );
}

export function hasSuffix(path: string, suffixes: readonly string[]): boolean {
  // The query or fragment of a URL is not part of the name; most values have neither.
  const p = path.includes('?') || path.includes('#') ? path.replace(/[?#][\s\S]*$/, '') : path;
  return suffixes.some((s) => p.endsWith(s));
}

export interface CopySource {
  token: ArgToken;
  value: string;
  url: boolean;
  git: boolean;
  /** A local file ADD would extract (judged by name, as its contents cannot be seen). */
  localArchive: boolean;
  heredoc: boolean;
  variable: boolean;
}

/** The sources and destination of a COPY/ADD, classified; null when it has no destination. */
export function copySources(
  ins: InstructionNode,
): { readonly sources: readonly CopySource[]; readonly dest: ArgToken } | null {
  // Read once per instruction: some ten rules ask for every COPY and ADD.
  let ops = COPY_SOURCES.get(ins);
  if (ops === undefined) {
    ops = readCopySources(ins);
    COPY_SOURCES.set(ins, ops);
  }
  return ops;
}

const COPY_SOURCES = new WeakMap<InstructionNode, { sources: CopySource[]; dest: ArgToken } | null>();

function readCopySources(ins: InstructionNode): { sources: CopySource[]; dest: ArgToken } | null {
  const ops = copyOperands(ins);
  if (!ops) return null;
  const sources = ops.sources.map((token) => {
    const value = token.value;
    const url = isUrl(value) || /^git@/.test(value);
    return {
      token,
      value,
      url,
      git: isGitSource(value),
      localArchive: !url && hasSuffix(value, LOCAL_ARCHIVE_SUFFIXES),
      heredoc: value.startsWith('<<'),
      variable: value.includes('$'),
    };
  });
  return { sources, dest: ops.dest };
}

/** `--from=…` on a COPY/ADD: the sources are in another stage or image, not the build context. */
export function copiesFromElsewhere(ins: InstructionNode): boolean {
  return ins.flags.some((f) => f.name.toLowerCase() === 'from');
}

/** The value of a flag (`--chown`, `--checksum` …), case-insensitive name; undefined when absent. */
export function flagValue(ins: InstructionNode, name: string): string | null | undefined {
  const f = ins.flags.find((x) => x.name.toLowerCase() === name);
  return f ? f.value : undefined;
}

/** A source that names the whole build context: `.`, `./`, `*` (and quoted forms). */
export function isWholeContext(src: string): boolean {
  return /^\.\/?$|^\.?\/?\*$/.test(src.replace(/^["']|["']$/g, ''));
}

/* ------------------------------------------------------------------------------------------ */
/* Paths.                                                                                      */
/* ------------------------------------------------------------------------------------------ */

/** A command in a RUN that removes files: `rm` with its path operands (options skipped). */
export function removedPaths(cmd: SimpleCommand): readonly string[] {
  // Asked of every command of every RUN (DOP096, DOP097): no new list for the ones that are not rm.
  if (cmd.name !== 'rm') return NO_PATHS;
  const out: string[] = [];
  let dashdash = false;
  for (const a of cmd.args) {
    if (!dashdash && a.value === '--') {
      dashdash = true;
      continue;
    }
    if (!dashdash && a.value.startsWith('-')) continue;
    out.push(a.value);
  }
  return out;
}

const NO_PATHS: readonly string[] = Object.freeze([]);

/* ------------------------------------------------------------------------------------------ */
/* Package removal (late `apk del`, `apt-get purge` …).                                        */
/* ------------------------------------------------------------------------------------------ */

/** Subcommands that remove installed packages, per package manager. */
export const REMOVE_SUBCOMMANDS: Partial<Record<PackageManagerId, readonly string[]>> = {
  'apt-get': ['remove', 'purge'],
  apt: ['remove', 'purge'],
  apk: ['del'],
  dnf: ['remove', 'erase'],
  yum: ['remove', 'erase'],
  microdnf: ['remove'],
  zypper: ['remove', 'rm'],
  pip: ['uninstall'],
  npm: ['uninstall', 'remove', 'rm', 'un'],
  gem: ['uninstall'],
};

/** A package argument without its version pin: `curl=7.88.1-10` → `curl`, `@scope/x@1` → `@scope/x`. */
export function packageName(arg: string): string {
  const head = arg.startsWith('@') ? 1 : 0;
  const cut = arg.slice(head).search(/[=<>~@!]/);
  return cut < 0 ? arg : arg.slice(0, cut + head);
}

/** `/var/lib/apt/lists/*` → `/var/lib/apt/lists`; a path with a glob in the middle → its fixed prefix. */
export function globRoot(path: string): string {
  const i = path.search(/[*?[]/);
  if (i < 0) return trimTrailingSlashes(path) || '/';
  return path.slice(0, i).replace(/\/[^/]*$/, '') || '/';
}
