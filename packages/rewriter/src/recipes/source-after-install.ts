/**
 * `COPY pb/ /build/pb/`, `COPY package.json package-lock.json ./`, `RUN npm ci`: the manifests come
 * first, but a copy of source files before the install still makes every edit of them re-run it.
 * When nothing from that copy to the install can read what it brought (reads-copied.ts), the copy
 * moves to just after the install. A copy that also brings the install's own requirement file
 * (`COPY *.py *.txt ./` before `pip install -r requirements.txt`) leaves a copy of that file in its
 * place.
 */
import {
  type DockerfileModel,
  type Localized,
  type InstructionNode,
  type SimpleCommand,
  type StageNode,
  cleansCache,
  copyOperands,
  hasPattern,
  packageManagerCall,
  pathPattern,
  trimTrailingSlashes,
  writtenWorkdirBefore,
  DESCRIBES_IMAGE,
} from '@dop/analyzer';
import { isManifestOrLock } from '../manifests.js';
import {
  copySources,
  hits,
  type Landed,
  landedOf,
  pathsOf,
  type Reading,
  readsNothingCopied,
  UNKNOWN_WORKDIR,
} from '../reads-copied.js';
import { dependencyInstall } from './dependency-installs.js';
import { isPlainRun, topCommands } from '../text.js';

/** Instructions that only describe the image or the next RUNs: a COPY may pass them unchanged. */
const PASSABLE = new Set<string>([...DESCRIBES_IMAGE, 'USER', 'ENV', 'ARG', 'WORKDIR']);

/**
 * Besides the context-free programs, a manifest install and a cache clean may run before the
 * moved copies: what the install reads besides its manifests is the caveat the change names.
 */
function readsOwnManifests(cmd: SimpleCommand): boolean {
  const call = packageManagerCall(cmd);
  return call !== null && (dependencyInstall(cmd) !== null || cleansCache(call.pm, [cmd]));
}

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
  // the working directory when the file does not say (a WORKDIR with a variable, or the base
  // image's) is one folder for the copies and the install while no WORKDIR comes between them
  const unknown = list.slice(from, at).some((i) => i.keyword === 'WORKDIR') ? null : UNKNOWN_WORKDIR;
  const workdirOf = (ins: InstructionNode) => writtenWorkdirBefore(model, ins) ?? unknown;
  const reading: Reading = { workdirOf, readsOwnManifests };
  const cwd = workdirOf(install);
  if (cwd === null) return null;
  const kept = new Map<InstructionNode, string[]>();
  for (const copy of sources) {
    const landed = movable(copy) ? landedOf(model, copy, reading) : null;
    if (!landed) return null;
    // a relative destination resolves where the copy lands after the install: the same folder
    const dest = copyOperands(copy)!.dest.value;
    if (!dest.startsWith('/') && workdirOf(copy) !== cwd) return null;
    const brings = requirementFiles(copy, manifests);
    if (brings.length > 0) {
      // the requirement files stay where they were: only when they land where the install reads them
      if (landed.some((l) => l.dir !== cwd) || copy.flags.some((f) => f.name === 'link')) return null;
      kept.set(copy, brings);
    }
    for (const ins of list.slice(list.indexOf(copy) + 1, at + 1)) {
      if (!passes(model, ins, landed, reading)) return null;
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

/** A copy that can move: a COPY of named context paths (not the whole context, no variable, URL or here-document). */
function movable(copy: InstructionNode): boolean {
  if (copy.keyword !== 'COPY' || copy.heredocs.length > 0) return false;
  const sources = copySources(copy).map((s) => trimTrailingSlashes(s));
  if ([...copy.flags.map((f) => f.value ?? ''), ...sources].some((t) => t.includes('$'))) return false;
  return sources.length > 0 && !sources.some((s) => s === '.' || s === '' || s.includes('..'));
}

/** The install's requirement files a copy brings through a pattern (`*.txt` → requirements.txt). */
function requirementFiles(copy: InstructionNode, manifests: readonly string[]): string[] {
  const bases = copySources(copy).filter((s) => !s.includes('/') && hasPattern(s));
  return manifests
    .filter((m) => !m.endsWith('*') && !m.includes('/'))
    .filter((m) => bases.some((b) => pathPattern(b).test(m)));
}

/** Whether an instruction between the copy and the install (or the install) may come before the copy. */
function passes(model: DockerfileModel, ins: InstructionNode, landed: Landed[], reading: Reading): boolean {
  if (PASSABLE.has(ins.keyword)) return true;
  if (isContextCopy(ins)) {
    // another source copy moves too, in the same order; a manifest copy stays before the install,
    // and the moved copy must not be able to write over it
    if (!copySources(ins).every(isManifestOrLock)) return true;
    const manifests = ins.keyword === 'COPY' ? landedOf(model, ins, reading) : null;
    if (!manifests) return false;
    const written = landed.flatMap(pathsOf);
    return !manifests.flatMap(pathsOf).some((m) => written.some((w) => hits(m, w)));
  }
  return readsNothingCopied(model, ins, landed, reading);
}
