/**
 * Who a RUN runs as, told apart from what cannot be known: the last USER before the instruction in
 * its stage lineage, else the base image's default user from the knowledge tables (the non-root
 * table first, then the base-image families). An image neither table knows is `unknown`: it may
 * run as anyone (`circleci/*` and `jenkins/*` ship non-root users), so a fix that needs root
 * there is `review` and says so.
 */
import { baseInfoOf } from './images.js';
import { nonRootDefault } from '../../knowledge/nonroot-images.js';
import type { DockerfileModel, InstructionNode } from '../../model/types.js';
import { lineage } from '../../model/lineage.js';
import { isRootUser, lastUserBefore, resolveUser, userPart } from './users.js';

export interface EffectiveUser {
  kind: 'root' | 'non-root' | 'unknown';
  /** The user's name or uid when known. */
  name: string | null;
  /** Where the answer comes from: a USER instruction, the base image's table entry, or nothing. */
  from: 'user' | 'image' | 'unknown';
}

const UNKNOWN: EffectiveUser = { kind: 'unknown', name: null, from: 'unknown' };

export function effectiveUserAt(model: DockerfileModel, ins: InstructionNode): EffectiveUser {
  const stage = ins.stage >= 0 ? model.stages[ins.stage] : undefined;
  if (!stage || ins.onbuild) return UNKNOWN;
  const last = lastUserBefore(model, stage, ins);
  if (last) {
    const value = resolveUser(model, last);
    if (value === null) return UNKNOWN;
    return { kind: isRootUser(value) ? 'root' : 'non-root', name: userPart(value), from: 'user' };
  }
  return baseImageUser(model, stage.index);
}

/** The user the external image at the root of a stage's lineage runs as. */
export function baseImageUser(model: DockerfileModel, stageIndex: number): EffectiveUser {
  const stage = model.stages[stageIndex];
  if (!stage) return UNKNOWN;
  const chain = lineage(model, stage);
  const base = chain[chain.length - 1]!.image;
  if (base.scratch) return { kind: 'root', name: 'root', from: 'image' };
  if (base.stage !== null || base.unresolved.length > 0) return UNKNOWN;
  const nonRoot = nonRootDefault(base);
  if (nonRoot) return { kind: 'non-root', name: nonRoot.user, from: 'image' };
  const info = baseInfoOf(model, base);
  if (!info) return UNKNOWN;
  const root = info.user.uid === 0 || info.user.name === 'root';
  return { kind: root ? 'root' : 'non-root', name: info.user.name, from: 'image' };
}
