/**
 * Walking a model the way a hundred rules do — every instruction with ONBUILD triggers as their
 * own, by keyword, every command of every RUN — listed once per model.
 */
import { fact, factsOf } from './facts.js';
import type { DockerfileModel, InstructionNode, StageNode } from './types.js';
import type { SimpleCommand } from '../shell/types.js';

/**
 * The traversal index the helpers below read: a hundred rules walk the same instructions, so
 * they are listed once per model.
 */
interface TraversalIndex {
  all: InstructionNode[];
  byKeyword: Map<string, InstructionNode[]>;
  /** The instructions of several keywords, by the keywords joined with a space, made when first asked. */
  byKeywords: Map<string, readonly InstructionNode[]>;
  runCommands: { cmd: SimpleCommand; ins: InstructionNode }[];
}

const TRAVERSAL = fact('traversal index', (model): TraversalIndex => {
  const all: InstructionNode[] = [];
  const byKeyword = new Map<string, InstructionNode[]>();
  const add = (ins: InstructionNode) => {
    all.push(ins);
    const list = byKeyword.get(ins.keyword);
    if (list) list.push(ins);
    else byKeyword.set(ins.keyword, [ins]);
  };
  for (const ins of model.instructions) {
    add(ins);
    if (ins.trigger) add(ins.trigger);
  }
  const runs: TraversalIndex['runCommands'] = [];
  for (const ins of byKeyword.get('RUN') ?? [])
    for (const cmd of ins.shell?.commands ?? []) runs.push({ cmd, ins });
  return { all, byKeyword, byKeywords: new Map(), runCommands: runs };
});

// The model asked last, and its index: a hundred rules ask for the same model's lists one after
// another, and before V8 optimises them (a CLI run is one cold pass) the two map lookups behind
// `factsOf(model).get` cost more than the comparison. Held until the next model is asked for.
let lastModel: DockerfileModel | null = null;
let lastIndex: TraversalIndex | null = null;

function indexOf(model: DockerfileModel): TraversalIndex {
  if (model !== lastModel || lastIndex === null) {
    lastIndex = factsOf(model).get(TRAVERSAL);
    lastModel = model;
  }
  return lastIndex;
}

/** Every instruction, with ONBUILD triggers visited as instructions of their own. */
export function allInstructions(model: DockerfileModel): readonly InstructionNode[] {
  return indexOf(model).all;
}

/** Every instruction with a given keyword (ONBUILD triggers included), in document order. */
export function instructionsOf(model: DockerfileModel, ...keywords: string[]): readonly InstructionNode[] {
  const index = indexOf(model);
  if (keywords.length === 1) return index.byKeyword.get(keywords[0]!) ?? NONE;
  // Several keywords (COPY and ADD, ENV and LABEL, …): listed once per model and set of keywords.
  const key = keywords.join(' ');
  let list = index.byKeywords.get(key);
  if (!list) {
    list = index.all.filter((ins) => keywords.includes(ins.keyword));
    index.byKeywords.set(key, list);
  }
  return list;
}

/** The list of no instruction, shared: the lists given out are read-only. */
const NONE: readonly InstructionNode[] = Object.freeze([]);

/** Every simple command of every RUN (ONBUILD RUN included), with the RUN it belongs to. */
export function runCommands(model: DockerfileModel): readonly { cmd: SimpleCommand; ins: InstructionNode }[] {
  return indexOf(model).runCommands;
}

/** The stage an instruction belongs to, if any. */
export function stageOf(model: DockerfileModel, ins: InstructionNode): StageNode | null {
  return ins.stage >= 0 ? (model.stages[ins.stage] ?? null) : null;
}
