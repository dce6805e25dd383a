/**
 * Whether the apt package lists a RUN leaves behind are still read by a later RUN: an
 * `apt-get install` with no `apt-get update` of its own before it (in the same stage after this
 * RUN, or in a stage built FROM it) installs from those lists, and removing them here makes it
 * fail with "Unable to locate package". A RUN that ends with `apt-get update` for the next one
 * (`add-apt-repository … && apt-get update`) is the usual case.
 */
import { isInstall, isUpdate, isUpgrade, packageManagerCall } from '../../knowledge/invocation.js';
import type { DockerfileModel, InstructionNode } from '../../model/types.js';
import { lineage } from './lineage.js';
import { removesAptLists } from './os-packages.js';

const APT = new Set(['apt-get', 'apt']);
/** apt subcommands besides install and upgrade that look packages up in the lists. */
const READS_LISTS = new Set(['source', 'build-dep', 'download', 'satisfy', 'reinstall', 'show', 'policy']);

export function aptListsReadLater(model: DockerfileModel, ins: InstructionNode): boolean {
  const stage = ins.stage >= 0 ? model.stages[ins.stage] : undefined;
  if (!stage || ins.onbuild) return false;
  const rest = stage.instructions.slice(stage.instructions.indexOf(ins) + 1);
  // This stage after the RUN, then each chain of stages built on it, in build order.
  const chains: InstructionNode[][] = [rest];
  for (const s of model.stages) {
    const line = lineage(model, s);
    const at = line.indexOf(stage);
    if (at <= 0) continue;
    chains.push([
      ...rest,
      ...line
        .slice(0, at)
        .reverse()
        .flatMap((d) => d.instructions.slice(1)),
    ]);
  }
  return chains.some(readsListsFirst);
}

/** Whether, going through the RUNs in order, a lookup in the lists comes before any refresh or removal. */
function readsListsFirst(instructions: readonly InstructionNode[]): boolean {
  for (const ins of instructions) {
    if (ins.keyword !== 'RUN') continue;
    for (const cmd of ins.shell?.commands ?? []) {
      if (removesAptLists([cmd])) return false;
      const call = packageManagerCall(cmd);
      if (!call || !APT.has(call.pm.id)) continue;
      if (isUpdate(call)) return false;
      if (isInstall(call) || isUpgrade(call) || READS_LISTS.has(call.subcommand?.value ?? '')) return true;
    }
  }
  return false;
}
