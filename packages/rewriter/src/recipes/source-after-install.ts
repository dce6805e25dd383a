/**
 * `COPY pb/ /build/pb/`, `COPY package.json package-lock.json ./`, `RUN npm ci`: the manifests come
 * first, but a copy of source files before the install still makes every edit of them re-run it.
 * When nothing from that copy to the install can read what it brought, the copy moves to just
 * after the install. A copy that also brings the install's own requirement file (`COPY *.py *.txt
 * ./` before `pip install -r requirements.txt`) leaves a copy of that file in its place.
 */
import {
  type DockerfileModel,
  type Localized,
  type InstructionNode,
  type SimpleCommand,
  type StageNode,
  cleansCache,
  contextFreeProgram,
  copyOperands,
  hasPattern,
  isUnder,
  packageManagerCall,
  pathPattern,
  resolvePath,
  trimTrailingSlashes,
  writtenWorkdirBefore,
  DESCRIBES_IMAGE,
} from '@dop/analyzer';
import { copySources } from '../layers.js';
import { isManifestOrLock } from '../manifests.js';
import { dependencyInstall } from './dependency-installs.js';
import { isPlainRun, topCommands } from '../text.js';

/** Instructions that only describe the image or the next RUNs: a COPY may pass them unchanged. */
const PASSABLE = new Set<string>([...DESCRIBES_IMAGE, 'USER', 'ENV', 'ARG', 'WORKDIR']);

export interface SourceAfterInstall {
  /** The install RUN the copies move below. */
  install: InstructionNode;
  /** The source copies, in their order. */
  moved: InstructionNode[];
  /** For a copy that also brings the install's requirement files: those files, left in its place. */
  kept: Map<InstructionNode, string[]>;
  /** Why the move depends on the project (the install's own caveat). */
  caveat: Localized | undefined;
}

/**
 * The working directory when the file does not say (a WORKDIR with a variable, or the base image's):
 * the same for the copies and the install while no WORKDIR comes between them, but an absolute path
 * may be it, so none is taken as known to lie elsewhere.
 */
const UNKNOWN = '/?workdir';

/** The first manifest install of the stage with source copies before it that can move after it. */
export function sourceAfterInstall(model: DockerfileModel, stage: StageNode): SourceAfterInstall | null {
  const list = stage.instructions;
  const at = list.findIndex((i) => i.keyword === 'RUN' && installOf(i) !== null);
  if (at < 0) return null;
  const install = list[at]!;
  const manifests = installOf(install)!.manifests;
  const sources = list
    .slice(0, at)
    .filter(isContextCopy)
    .filter((i) => !copySources(i).every(isManifestOrLock));
  if (sources.length === 0) return null;
  const from = list.indexOf(sources[0]!);
  const unknown = list.slice(from, at).some((i) => i.keyword === 'WORKDIR') ? null : UNKNOWN;
  const workdirAt = (ins: InstructionNode) => writtenWorkdirBefore(model, ins) ?? unknown;
  const cwd = workdirAt(install);
  if (cwd === null) return null;
  const kept = new Map<InstructionNode, string[]>();
  for (const copy of sources) {
    const landed = landing(copy, workdirAt(copy));
    if (!landed) return null;
    // a relative destination resolves where the copy lands after the install: the same folder
    const dest = copyOperands(copy)!.dest.value;
    if (!dest.startsWith('/') && workdirAt(copy) !== cwd) return null;
    // with the working directory unknown, a folder copied to an absolute path may be copied into it
    if (cwd === UNKNOWN && landed.folder && dest.startsWith('/')) return null;
    const brings = requirementFiles(copy, manifests);
    if (brings.length > 0) {
      // the requirement files stay where they were: only when they land where the install reads them
      if (landed.dir !== cwd || copy.flags.some((f) => f.name === 'link')) return null;
      kept.set(copy, brings);
    }
    // a folder copied into the install's own folder may bring what the install writes there (node_modules)
    if (landed.folder && landed.dir === cwd) return null;
    for (const ins of list.slice(list.indexOf(copy) + 1, at + 1)) {
      if (!passes(ins, landed, workdirAt(ins))) return null;
    }
  }
  return { install, moved: sources, kept, caveat: installOf(install)!.caveat };
}

function installOf(ins: InstructionNode) {
  if (!isPlainRun(ins)) return null;
  for (const c of topCommands(ins)) {
    const found = dependencyInstall(c);
    if (found) return found;
  }
  return null;
}

const isContextCopy = (i: InstructionNode) =>
  (i.keyword === 'COPY' || i.keyword === 'ADD') && !i.flags.some((f) => f.name === 'from');

interface Landed {
  /** The folder the copy writes into (absolute, no trailing slash). */
  dir: string;
  /** Name patterns it puts there (`*.py`, `pb`); the copy may bring anything under them. */
  names: string[];
  /** Whether a source is (or may be) a folder whose content lands in `dir` itself. */
  folder: boolean;
}

/** Where a movable copy lands; null when it cannot move (the whole context, a variable, a URL, ADD). */
function landing(copy: InstructionNode, workdir: string | null): Landed | null {
  if (copy.keyword !== 'COPY') return null;
  if (copy.heredocs.length > 0) return null;
  const text = [...copy.flags.map((f) => f.value ?? ''), ...copySources(copy)].join(' ');
  const dest = copyOperands(copy)?.dest.value ?? '';
  if (!dest || text.includes('$') || dest.includes('$')) return null;
  const sources = copySources(copy).map((s) => trimTrailingSlashes(s));
  if (sources.length === 0 || sources.some((s) => s === '.' || s === '' || s.includes('..'))) return null;
  const abs = resolvePath(workdir, dest);
  if (abs === null) return null;
  const intoDir = dest.endsWith('/') || dest === '.' || sources.length > 1;
  const bases = sources.map((s) => s.split('/').pop()!);
  const fileLike = (b: string) => /.\.[A-Za-z0-9]+$/.test(b);
  if (!intoDir) {
    // `COPY src ./src`: the folder's content lands in the named folder
    const cut = abs.lastIndexOf('/');
    return { dir: abs.slice(0, cut) || '/', names: [abs.slice(cut + 1)], folder: false };
  }
  // a source that may be a folder brings its content into dest itself, names unknown
  const folder = bases.some((b) => !fileLike(b));
  return { dir: abs, names: folder ? ['*'] : bases, folder };
}

/** The install's requirement files a copy brings through a pattern (`*.txt` → requirements.txt). */
function requirementFiles(copy: InstructionNode, manifests: readonly string[]): string[] {
  const bases = copySources(copy).filter((s) => !s.includes('/') && hasPattern(s));
  return manifests
    .filter((m) => !m.endsWith('*') && !m.includes('/'))
    .filter((m) => bases.some((b) => pathPattern(b).test(m)));
}

const within = isUnder;

/** Whether a path may be one the copy wrote (or hold one). */
function hits(path: string, landed: Landed): boolean {
  if (within(landed.dir, path)) return true;
  if (!within(path, landed.dir) || path === landed.dir) return false;
  const first = path.slice(landed.dir === '/' ? 1 : landed.dir.length + 1).split('/')[0]!;
  return landed.names.some((n) => pathPattern(n).test(first));
}

/** Whether an instruction between the copy and the install (or the install) may come before the copy. */
function passes(ins: InstructionNode, landed: Landed, workdir: string | null): boolean {
  if (PASSABLE.has(ins.keyword)) return true;
  if (isContextCopy(ins)) {
    // another source copy moves too, in the same order; a manifest copy stays before the install,
    // and the moved copy must not be able to write over it
    const sources = copySources(ins);
    if (!sources.every(isManifestOrLock)) return true;
    if (ins.keyword !== 'COPY') return false;
    const dest = copyOperands(ins)?.dest.value ?? '';
    const abs = resolvePath(workdir, dest);
    if (abs === null || dest.includes('$')) return false;
    const dir =
      dest.endsWith('/') || dest === '.' || sources.length > 1
        ? abs
        : abs.slice(0, abs.lastIndexOf('/')) || '/';
    return !(landed.folder && dir === landed.dir);
  }
  if (ins.keyword !== 'RUN' || !isPlainRun(ins)) return false;
  if (ins.flags.some((f) => f.name === 'mount' && (f.options.type ?? 'bind') === 'bind')) return false;
  const commands = ins.shell?.commands ?? [];
  if (commands.length === 0 || (ins.shell?.problems.length ?? 0) > 0) return false;
  return commands.every((c) => readsNothing(c, landed, workdir));
}

/**
 * A command that cannot read what the copy brought: a manifest install (what it reads besides its
 * manifests is the caveat the change names), an OS package manager or cache clean, or a
 * context-free program (knowledge/context-free-programs.ts) naming no path the copy wrote.
 */
function readsNothing(cmd: SimpleCommand, landed: Landed, workdir: string | null): boolean {
  if (cmd.assignments.some((a) => a.expansion)) return false;
  const words = cmd.argv.slice(cmd.programIndex + 1);
  const named = words
    .map((w) => w.value.replace(/^-[^=]*=/, ''))
    .filter((v) => v.includes('/') || v === '.' || v === '..');
  if (words.some((w) => w.expansion)) return false;
  const reads = (v: string) => {
    const abs = resolvePath(workdir, v);
    return (
      workdir === null || abs === null || (workdir === UNKNOWN && v.startsWith('/')) || hits(abs, landed)
    );
  };
  if (named.some((v) => !/^[a-z][\w+.-]*:\/\//i.test(v) && reads(v))) return false;
  if (cmd.name === '' || hits(`/usr/local/bin/${cmd.name}`, landed) || hits(`/usr/bin/${cmd.name}`, landed))
    return false;
  const call = packageManagerCall(cmd);
  if (call && (dependencyInstall(cmd) || call.pm.ecosystem === 'os' || cleansCache(call.pm, [cmd])))
    return call.pm.ecosystem === 'os' || (workdir !== null && !(landed.folder && landed.dir === workdir));
  const program = contextFreeProgram(cmd.name);
  if (!program) return false;
  if (program.usesWorkdir && (workdir === null || hits(workdir, landed) || landed.dir === workdir))
    return false;
  if (program.implicit.some((d) => hits(d, landed))) return false;
  if (program.operandsArePaths)
    return words.filter((w) => !w.value.startsWith('-')).every((w) => !reads(w.value));
  return true;
}
