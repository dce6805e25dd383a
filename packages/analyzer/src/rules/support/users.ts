/** Who an image runs as: USER values, the users a RUN creates, root or not at each instruction (DOP030–DOP033). */
import { nonRootDefault } from '../../knowledge/nonroot-images.js';
import { fact, factsOf } from '../../model/facts.js';
import { lineage } from '../../model/lineage.js';
import { substituteVariables } from '../../model/image-ref.js';
import type { DockerfileModel, InstructionNode, StageNode } from '../../model/types.js';
import { positionals } from '../../shell/command.js';
import type { SimpleCommand, Word } from '../../shell/types.js';
import { variablesAt } from './variables.js';

/** A stage's lineage flattened once per model: rules ask for it at every instruction. */
interface Line {
  list: readonly InstructionNode[];
  /** Where each instruction stands in `list`. */
  order: ReadonlyMap<InstructionNode, number>;
  /** `usersBefore[k]`: the last USER among `list[0..k-1]` (one more entry than `list`). */
  usersBefore: readonly (InstructionNode | null)[];
}

const LINES = fact('stage lineages in build order', () => new Map<StageNode, Line>());

function lineOf(model: DockerfileModel, stage: StageNode): Line {
  const lines = factsOf(model).get(LINES);
  let line = lines.get(stage);
  if (!line) {
    const chain = lineage(model, stage);
    const list: InstructionNode[] = [];
    const order = new Map<InstructionNode, number>();
    const usersBefore: (InstructionNode | null)[] = [null];
    for (let c = chain.length - 1; c >= 0; c--) {
      for (const i of chain[c]!.instructions) {
        order.set(i, list.length);
        list.push(i);
        usersBefore.push(i.keyword === 'USER' ? i : usersBefore[usersBefore.length - 1]!);
      }
    }
    line = { list, order, usersBefore };
    lines.set(stage, line);
  }
  return line;
}

/** Top-level instructions of a stage's lineage in build order (ancestors first), ONBUILD triggers excluded. Shared: never change it. */
export function lineageInstructions(model: DockerfileModel, stage: StageNode): readonly InstructionNode[] {
  return lineOf(model, stage).list;
}

/** Where `ins` stands in `lineageInstructions(model, stage)`, or -1. */
export function lineagePosition(model: DockerfileModel, stage: StageNode, ins: InstructionNode): number {
  return lineOf(model, stage).order.get(ins) ?? -1;
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
  const { usersBefore } = lineOf(model, stage);
  return usersBefore[usersBefore.length - 1]!;
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

/** The last USER before `ins` in its stage's lineage (parent stages first), or null. */
export function lastUserBefore(
  model: DockerfileModel,
  stage: StageNode,
  ins: InstructionNode,
): InstructionNode | null {
  const { order, usersBefore } = lineOf(model, stage);
  return usersBefore[order.get(ins) ?? usersBefore.length - 1]!;
}

/**
 * Who a (top-level) instruction runs as: the last USER before it in its stage lineage, else the
 * base image's default (root unless the non-root table says otherwise). `unknown` when a USER
 * cannot be resolved or the base is an unresolved variable.
 */
export function userAt(model: DockerfileModel, ins: InstructionNode): 'root' | 'non-root' | 'unknown' {
  const stage = ins.stage >= 0 ? model.stages[ins.stage] : undefined;
  if (!stage || ins.onbuild) return 'unknown';
  const last = lastUserBefore(model, stage, ins);
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
