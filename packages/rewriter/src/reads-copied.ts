/**
 * What a COPY or ADD brings into a stage, and whether a RUN can read it: the one analysis behind
 * moving RUNs above the source (transforms/steps-before-source.ts), moving source copies below a
 * manifest install (recipes/source-after-install.ts) and counting the re-runs a source edit could
 * have avoided (layers.ts).
 */
import {
  type ContextFreeProgram,
  DEFAULT_PATH,
  type DockerfileModel,
  type ProgramOption,
  contextFreeProgram,
  copyOperands,
  hasPattern,
  isUnder,
  type InstructionNode,
  pathPattern,
  type SimpleCommand,
  resolvePath,
  runMounts,
  shell,
  trimTrailingSlashes,
  writtenWorkdirBefore,
} from '@dop/analyzer';
import { isPlainRun } from './text.js';

/** Folders whose programs a RUN finds by name (the default PATH): a file copied there may stand in for one. */
const PATH_DIRS = DEFAULT_PATH;

/**
 * The working directory the base image sets, when a caller takes it as one folder, the same for
 * every instruction that resolves against it: copies to relative paths land under it, and any
 * absolute path may be it. Taken to be none of the system folders programs read without naming
 * them (their configuration, the folders of programs).
 */
export const UNKNOWN_WORKDIR = '/?workdir';

/** How a caller reads the stage: where the instructions run, and what passes beside the context-free programs. */
export interface Reading {
  /** The working directory of an instruction; by default the one the file writes before it (null when it does not). */
  workdirOf?: (ins: InstructionNode) => string | null;
  /**
   * Commands that read, of what a copy may bring, only the manifests they install from in their
   * working directory and the paths they name (a manifest install, a cache clean): the caller
   * names what else they may read (the install's caveat).
   */
  readsOwnManifests?: (cmd: SimpleCommand) => boolean;
}

const workdirOf = (model: DockerfileModel, reading: Reading) =>
  reading.workdirOf ?? ((ins: InstructionNode) => writtenWorkdirBefore(model, ins));

/** The sources of a COPY/ADD as written (here-document markers and bodies excluded), from the model's operands. */
export function copySources(ins: InstructionNode): string[] {
  return (copyOperands(ins)?.sources ?? []).map((a) => a.value).filter((v) => !v.startsWith('<<'));
}

export const destOf = (ins: InstructionNode): string => copyOperands(ins)?.dest.value ?? '';

export interface Landed {
  /** The folder the copy writes into (absolute, no trailing slash). */
  dir: string;
  /** The names it puts in `dir` when they are known (named files), else null. */
  names: string[] | null;
}

/** The paths a copy writes: its named files, or its whole folder. */
export const pathsOf = (c: Landed) =>
  c.names ? c.names.map((n) => `${c.dir === '/' ? '' : c.dir}/${n}`) : [c.dir];

/** Where a COPY or ADD may write, and the names it puts there when they are known; null when unknown. */
export function landedOf(
  model: DockerfileModel,
  ins: InstructionNode,
  reading: Reading = {},
): Landed[] | null {
  const dest = destOf(ins);
  if (!dest || dest.includes('$')) return null;
  const abs = resolvePath(workdirOf(model, reading)(ins), dest);
  if (abs === null) return null;
  const sources = copySources(ins);
  if (sources.length === 0 || sources.some((s) => s.includes('$'))) return null;
  const intoDir = dest.endsWith('/') || dest === '.' || sources.length > 1;
  // a file source lands by its name; a folder (or what may be one) brings names we cannot know
  const bases = sources.map((s) => trimTrailingSlashes(s).split('/').pop() ?? '');
  // a named file (`app.py`) or a pattern of files (`*.py`) in a named folder
  const known = sources.every(
    (s, k) =>
      !s.endsWith('/') &&
      !hasPattern(s.slice(0, s.length - bases[k]!.length)) &&
      /.\.[A-Za-z0-9]+$/.test(bases[k]!),
  );
  const inside: Landed = { dir: abs, names: known && ins.keyword === 'COPY' ? bases : null };
  if (!intoDir && abs !== '/') {
    const cut = abs.lastIndexOf('/');
    const named: Landed = { dir: abs.slice(0, cut) || '/', names: [abs.slice(cut + 1)] };
    // `COPY app /usr/local/bin`: a folder of programs is there in every image; the file goes inside
    return PATH_DIRS.includes(abs) ? [inside] : [named];
  }
  return [inside];
}

const within = isUnder;
export const overlaps = (a: string, b: string) => within(a, b) || within(b, a);

/** Whether a path and a path a copy writes (its last part may be a pattern, `*.py`) overlap. */
export function hits(path: string, written: string): boolean {
  const cut = written.lastIndexOf('/');
  const base = written.slice(cut + 1);
  if (!hasPattern(base)) return overlaps(path, written);
  const dir = written.slice(0, cut) || '/';
  if (within(dir, path)) return true;
  if (path === dir || !within(path, dir)) return false;
  const first = path.slice(dir === '/' ? 1 : dir.length + 1).split('/')[0]!;
  return pathPattern(base).test(first);
}

/** Whether one path is under the unknown working directory and the other is not: they may be the same. */
const apart = (a: string, b: string) => isUnder(a, UNKNOWN_WORKDIR) !== isUnder(b, UNKNOWN_WORKDIR);

/** `hits`, where a path under the unknown working directory may be any path outside it. */
const mayHit = (path: string, written: string) => apart(path, written) || hits(path, written);

/** The words of a command, for a program whose operands are names, not paths (`npm ci`, `apt-get install curl`). */
const NAMES: Pick<ContextFreeProgram, 'operandsArePaths'> = { operandsArePaths: false };

/**
 * Whether a RUN cannot read (or write over) what the copies wrote: every command a known
 * context-free program (or one the caller lets pass, `reading.readsOwnManifests`), every path it
 * names outside the copies, no copy where the programs read without naming (their implicit
 * folders, their working directory) or find programs by name.
 */
export function readsNothingCopied(
  model: DockerfileModel,
  ins: InstructionNode,
  copies: readonly Landed[],
  reading: Reading = {},
): boolean {
  if (!isPlainRun(ins)) return false;
  // a bind mount reads the context itself; other mounts (cache, secret) read none of the copies
  if (runMounts(ins, ['bind']).length > 0) return false;
  const commands = ins.shell?.commands ?? [];
  if (commands.length === 0 || (ins.shell?.problems.length ?? 0) > 0) return false;
  const workdir = workdirOf(model, reading)(ins);
  const written = copies.flatMap(pathsOf);
  const copied = (abs: string) => written.some((p) => mayHit(abs, p));
  const cwdCopied = workdir === null || copied(workdir);
  for (const cmd of commands) {
    if (cmd.argv.length === 0 || cmd.assignments.some((a) => a.expansion)) return false;
    for (const c of copies) {
      if (!pathsOf(c).some((p) => PATH_DIRS.some((d) => hits(d, p)))) continue;
      // a copied file may stand in for a program the RUN runs by name
      if (c.names === null || !PATH_DIRS.includes(c.dir)) return false;
      if (c.names.some((n) => pathPattern(n).test(cmd.name))) return false;
    }
    if (reading.readsOwnManifests?.(cmd)) {
      // a word whose value is not known may name a local package (`npm install $PKG`)
      if (workdir === null || cmd.argv.slice(cmd.programIndex + 1).some((w) => w.expansion)) return false;
      // a folder copied over the working directory may bring what the install writes there (node_modules)
      const over = (c: Landed) => isUnder(workdir, c.dir) || apart(workdir, c.dir);
      if (copies.some((c) => c.names === null && over(c))) return false;
      for (const path of namedPaths(cmd, NAMES)) {
        const abs = path === null ? null : resolvePath(workdir, path);
        if (abs === null || copied(abs)) return false;
      }
      continue;
    }
    const program = contextFreeProgram(cmd.name);
    if (!program) return false;
    if (program.usesWorkdir && cwdCopied) {
      // only the files its words name: none of them may be one the copies can bring
      if (!program.workdirNamed || workdir === null) return false;
      const words = cmd.argv.slice(cmd.programIndex + 1).filter((w) => !w.value.startsWith('-'));
      const named = words.map((w) => (w.expansion ? null : resolvePath(workdir, w.value)));
      if (named.some((abs) => abs === null || copied(abs))) return false;
    }
    for (const dir of program.implicit) if (written.some((p) => hits(dir, p))) return false;
    // `chmod 775 /work` after `COPY app /work/app` changes the folder, not what was copied into
    // it: a folder the RUN's working folder is in exists before the copy (WORKDIR made it)
    const outer =
      program.recursive && !hasOption(cmd, program.recursive) && workdir !== null
        ? (abs: string, p: string) => p !== abs && within(p, abs) && within(workdir, abs)
        : () => false;
    for (const path of namedPaths(cmd, program)) {
      if (path === null) return false;
      const abs = resolvePath(workdir, path);
      if (abs === null || written.some((p) => mayHit(abs, p) && !outer(abs, p))) return false;
    }
  }
  return true;
}

/** Every path a RUN's commands name, absolute; null when one is not known. */
export function pathsNamed(model: DockerfileModel, ins: InstructionNode): string[] | null {
  const workdir = writtenWorkdirBefore(model, ins);
  const out: string[] = [];
  for (const cmd of ins.shell?.commands ?? []) {
    const program = contextFreeProgram(cmd.name);
    for (const path of namedPaths(cmd, program ?? null)) {
      const abs = path === null ? null : resolvePath(workdir, path);
      if (abs === null) return null;
      out.push(abs);
    }
  }
  return out;
}

/** A plain RUN of programs that only change the files they name (mkdir, chmod, ln …). */
export function fileOnly(ins: InstructionNode): boolean {
  const commands = ins.shell?.commands ?? [];
  return (
    isPlainRun(ins) &&
    ins.flags.length === 0 &&
    commands.length > 0 &&
    commands.every((c) => {
      const p = contextFreeProgram(c.name);
      return p?.operandsArePaths === true && p.implicit.length === 0 && !p.usesWorkdir;
    })
  );
}

/**
 * The paths a command names: words that look like a path (`/x`, `a/b`, `.`, an option's `=/x`),
 * every operand of a program whose operands are paths, and redirection targets. Null for a word
 * whose value is not known (an expansion that may be a path).
 */
function namedPaths(
  cmd: SimpleCommand,
  program: Pick<ContextFreeProgram, 'operandsArePaths' | 'modeFirst' | 'linkText'> | null,
): (string | null)[] {
  const out: (string | null)[] = [];
  const operandsArePaths = program?.operandsArePaths ?? true;
  let skipMode = program?.modeFirst ?? false;
  const words = cmd.argv.slice(cmd.programIndex + 1);
  // `ln -s ../a b`: every operand but the last is the link's text
  const linkText = program?.linkText && hasOption(cmd, program.linkText) ? lastOperand(words) : -1;
  let options = true;
  for (const [k, w] of words.entries()) {
    if (w.value === '--') {
      options = false;
      continue;
    }
    // `chmod -x file`: a mode may start with a dash
    const dashMode = skipMode && options && /^-[rwxXst]+$/.test(w.value);
    const isOption = options && w.value.startsWith('-') && !dashMode;
    if (!isOption && skipMode) {
      skipMode = false;
      if (!w.expansion) continue;
    }
    if (!isOption && k < linkText) continue;
    const value = isOption ? (w.value.includes('=') ? w.value.slice(w.value.indexOf('=') + 1) : '') : w.value;
    const pathLike = value.includes('/') || value === '.' || value === '..' || value.startsWith('~');
    if (/^[a-z][\w+.-]*:\/\//i.test(value)) continue;
    if (w.expansion) {
      if (pathLike || (operandsArePaths && !isOption)) out.push(null);
      continue;
    }
    if (value.startsWith('~')) out.push(null);
    else if (pathLike || (operandsArePaths && !isOption && value !== '')) out.push(value);
  }
  for (const r of cmd.redirects) {
    if (!r.target || /^\d+$|^-$/.test(r.target.value) || r.op.startsWith('<<')) continue;
    out.push(r.target.expansion ? null : r.target.value);
  }
  return out;
}

/** Whether a command is given an option, as its letter (alone or among others, `-Rf`) or its long name. */
const hasOption = (cmd: SimpleCommand, option: ProgramOption): boolean =>
  shell.hasOption(cmd, [`-${option.short}`, option.long]);

/** The index of the last word that is not an option (before `--` or after it). */
function lastOperand(words: readonly { value: string }[]): number {
  const end = words.findIndex((w) => w.value === '--');
  for (let k = words.length - 1; k >= 0; k--)
    if ((end >= 0 && k > end) || !words[k]!.value.startsWith('-')) return k;
  return -1;
}
