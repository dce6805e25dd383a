/**
 * Whether the apt package lists a RUN leaves behind are still read by a later RUN: an
 * `apt-get install` with no `apt-get update` of its own before it (in the same stage after this
 * RUN, or in a stage built FROM it) installs from those lists, and removing them here makes it
 * fail with "Unable to locate package". A RUN that ends with `apt-get update` for the next one
 * (`add-apt-repository … && apt-get update`) is the usual case.
 */
import { isInstall, isUpdate, isUpgrade, packageManagerCall } from '../../knowledge/invocation.js';
import { fact, factsOf } from '../../model/facts.js';
import type { DockerfileModel, InstructionNode, StageNode } from '../../model/types.js';
import { removesAptLists } from './os-packages.js';

const APT = new Set(['apt-get', 'apt']);
/** apt subcommands besides install and upgrade that look packages up in the lists. */
const READS_LISTS = new Set(['source', 'build-dep', 'download', 'satisfy', 'reinstall', 'show', 'policy']);

export function aptListsReadLater(model: DockerfileModel, ins: InstructionNode): boolean {
  const stage = ins.stage >= 0 ? model.stages[ins.stage] : undefined;
  if (!stage || ins.onbuild) return false;
  // This stage after the RUN decides first; then each chain of stages built on it, in build order.
  const use = firstListUse(stage.instructions.slice(stage.instructions.indexOf(ins) + 1));
  if (use !== 'none') return use === 'reads';
  const children = childrenOf(model);
  const seen = new Set<StageNode>([stage]);
  const walk = (s: StageNode): boolean =>
    (children.get(s.index) ?? []).some((child) => {
      if (seen.has(child)) return false;
      seen.add(child);
      const next = firstListUse(child.instructions.slice(1));
      return next === 'reads' || (next === 'none' && walk(child));
    });
  return walk(stage);
}

/** The stages built FROM each stage, once per model (a 5 MB paste has tens of thousands). */
const CHILDREN = fact('stages built on each stage', (model): Map<number, StageNode[]> => {
  const map = new Map<number, StageNode[]>();
  for (const s of model.stages) {
    const parent = s.image.stage;
    if (parent === null || parent === s.index) continue;
    const list = map.get(parent) ?? [];
    list.push(s);
    map.set(parent, list);
  }
  return map;
});

function childrenOf(model: DockerfileModel): Map<number, StageNode[]> {
  return factsOf(model).get(CHILDREN);
}

/** Going through the RUNs in order: a lookup in the lists first, a refresh or removal first, or neither. */
function firstListUse(instructions: readonly InstructionNode[]): 'reads' | 'refreshes' | 'none' {
  for (const ins of instructions) {
    if (ins.keyword !== 'RUN') continue;
    for (const cmd of ins.shell?.commands ?? []) {
      if (removesAptLists([cmd])) return 'refreshes';
      const call = packageManagerCall(cmd);
      if (!call || !APT.has(call.pm.id)) continue;
      if (isUpdate(call)) return 'refreshes';
      if (isInstall(call) || isUpgrade(call) || READS_LISTS.has(call.subcommand?.value ?? '')) return 'reads';
    }
  }
  return 'none';
}
