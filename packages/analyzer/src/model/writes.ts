/**
 * What each instruction writes into its layer, and which instruction last wrote a path: from the
 * command facts in knowledge/path-writers.ts, and for COPY/ADD their destination. The layer rules
 * (DOP096) and the rewriter's late cleanup ask here rather than guessing from the words of a RUN.
 */
import { cacheFilledBy, explicitWrites } from '../knowledge/path-writers.js';
import { copyOperands } from './operands.js';
import { hasPattern, isUnder, resolvePath } from './paths.js';
import { workdirAt } from './state-at.js';
import type { DockerfileModel, InstructionNode, StageNode } from './types.js';

/** A path an instruction writes; `tree`: everything under it may be written too. */
export interface Write {
  ins: InstructionNode;
  /** Absolute and normalised. */
  path: string;
  tree: boolean;
  /** `command`: named by a command (its output, a redirect); `cache`: a package manager's folder; `copy`: COPY/ADD. */
  by: 'command' | 'cache' | 'copy';
}

/**
 * The paths an instruction writes. A RUN: its commands' outputs and redirects, and the cache
 * folders of the package managers it installs or updates with (relative paths after a `cd` are
 * not followed). A COPY/ADD: its destination, as a tree unless it copies one file to a file name.
 * A write to an unknown place (a variable, `~`) is left out.
 */
export function writesOf(model: DockerfileModel, node: InstructionNode): Write[] {
  const ins = node.trigger ?? node;
  const dir = workdirAt(model, ins);
  const out: Write[] = [];
  if (ins.keyword === 'COPY' || ins.keyword === 'ADD') {
    const ops = copyOperands(ins);
    const dest = ops ? resolvePath(dir, ops.dest.value) : null;
    if (!ops || !dest) return out;
    const oneFile =
      ops.sources.length === 1 && !ops.dest.value.endsWith('/') && !hasPattern(ops.sources[0]!.value);
    out.push({ ins: node, path: dest, tree: !oneFile, by: 'copy' });
    return out;
  }
  if (ins.keyword !== 'RUN') return out;
  const commands = ins.shell?.commands ?? [];
  const moved = commands.some((c) => c.name === 'cd');
  for (const cmd of commands) {
    const pm = cacheFilledBy(cmd);
    for (const d of pm?.cacheDirs ?? [])
      if (d.startsWith('/')) out.push({ ins: node, path: d, tree: true, by: 'cache' });
    for (const w of explicitWrites(cmd)) {
      if (moved && !w.value.startsWith('/')) continue;
      const p = resolvePath(dir, w.value);
      if (p && p !== '/') out.push({ ins: node, path: p, tree: w.tree, by: 'command' });
    }
  }
  return out;
}

/** Whether a write touches `path`: it is the path, lies inside it, or fills a tree holding it. */
export function writesPath(w: Write, path: string): boolean {
  return isUnder(w.path, path) || (w.tree && isUnder(path, w.path));
}

/** The writes of `path` by the stage's instructions before `index`, the latest first. */
export function writersBefore(
  model: DockerfileModel,
  stage: StageNode,
  index: number,
  path: string,
): Write[] {
  const out: Write[] = [];
  for (let j = Math.min(index, stage.instructions.length) - 1; j >= 0; j--)
    out.push(...writesOf(model, stage.instructions[j]!).filter((w) => writesPath(w, path)));
  return out;
}

/** The last instruction of the stage before `index` that wrote `path`, or null. */
export function lastWriter(
  model: DockerfileModel,
  stage: StageNode,
  index: number,
  path: string,
): Write | null {
  return writersBefore(model, stage, index, path)[0] ?? null;
}
