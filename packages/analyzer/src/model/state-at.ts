/**
 * What Docker knows before each instruction — the working directory and the variables — computed
 * in one pass over each stage and kept per model. Rules ask for every instruction; recomputing
 * from the top each time made a file of thousands of instructions quadratic (a 1 MB paste took
 * 25 s, most of it here).
 */
import { fact, factsOf } from './facts.js';
import { substituteVariables } from './image-ref.js';
import type { DockerfileModel, InstructionNode, StageNode } from './types.js';
import { lineage as stageLineage } from './lineage.js';
import { joinPath } from './paths.js';

type Vars = ReadonlyMap<string, string | null>;

interface ModelState {
  /** Working directory before each top-level instruction; null once a WORKDIR uses a variable. */
  workdir: Map<InstructionNode, string | null>;
  workdirAtEnd: Map<StageNode, string | null>;
  /** Variables before each top-level instruction (shared maps: never mutate what is returned). */
  vars: Map<InstructionNode, Vars>;
  /** What a stage passes on to stages built on it: its ENV and ARG (and its ancestors'). */
  envAtEnd: Map<StageNode, { vars: Vars; fromEnv: ReadonlySet<string> }>;
}

/** Working directories and variables at every instruction, walked once per model. */
const MODEL_STATE = fact('working directory and variables', (model): ModelState => {
  const s: ModelState = { workdir: new Map(), workdirAtEnd: new Map(), vars: new Map(), envAtEnd: new Map() };
  for (const stage of model.stages) {
    walkWorkdirs(model, s, stage, new Set());
    walkVariables(model, s, stage, new Set());
  }
  return s;
});

function stateOf(model: DockerfileModel): ModelState {
  return factsOf(model).get(MODEL_STATE);
}

const parentOf = (model: DockerfileModel, stage: StageNode): StageNode | undefined =>
  stage.image.stage !== null ? model.stages[stage.image.stage] : undefined;

/**
 * The working directory after a WORKDIR, or null when it cannot be known: a variable, or a
 * relative path from an unknown directory. An absolute WORKDIR is known whatever came before.
 */
export function applyWorkdir(dir: string | null, ins: InstructionNode): string | null {
  if (ins.keyword !== 'WORKDIR' || !ins.args.length) return dir;
  const v = ins.args.map((a) => a.value).join(' ');
  if (v.includes('$')) return null;
  if (v.startsWith('/')) return v;
  return dir === null ? null : joinPath(dir, v);
}

/**
 * Working directories through a stage and the stages it is built on. `root` is the directory
 * assumed where the file sets none: '/' for the rules, null where the base image must decide.
 */
function walkWorkdirs(
  model: DockerfileModel,
  s: Pick<ModelState, 'workdir' | 'workdirAtEnd'>,
  stage: StageNode,
  visiting: Set<StageNode>,
  root: '/' | null = '/',
): string | null {
  if (s.workdirAtEnd.has(stage)) return s.workdirAtEnd.get(stage) ?? null;
  visiting.add(stage);
  const parent = parentOf(model, stage);
  let dir: string | null =
    parent && !visiting.has(parent) ? walkWorkdirs(model, s, parent, visiting, root) : root;
  for (const ins of stage.instructions) {
    s.workdir.set(ins, dir);
    dir = applyWorkdir(dir, ins);
  }
  s.workdirAtEnd.set(stage, dir);
  return dir;
}

function walkVariables(
  model: DockerfileModel,
  s: ModelState,
  stage: StageNode,
  visiting: Set<StageNode>,
): { vars: Vars; fromEnv: ReadonlySet<string> } {
  const done = s.envAtEnd.get(stage);
  if (done) return done;
  visiting.add(stage);
  const parent = parentOf(model, stage);
  const inherited =
    parent && !visiting.has(parent)
      ? walkVariables(model, s, parent, visiting)
      : { vars: new Map<string, string | null>(), fromEnv: new Set<string>() };
  const globals = new Map(model.globalArgs.map((a) => [a.name, a.value] as const));

  // The stage's view: what its parent stage ended with (ENV and ARG alike: BuildKit carries a
  // stage's build args into the stages built on it), then its own ARG and ENV in order.
  let vars: Vars = inherited.vars;
  let fromEnv: ReadonlySet<string> = inherited.fromEnv;
  for (const ins of stage.instructions) {
    s.vars.set(ins, vars);
    if (ins.keyword === 'ENV' || ins.keyword === 'ARG') {
      const next = { vars: new Map(vars), fromEnv: new Set(fromEnv) };
      declare(next, ins, globals);
      vars = next.vars;
      fromEnv = next.fromEnv;
    }
  }
  const end = { vars, fromEnv };
  s.envAtEnd.set(stage, end);
  return end;
}

function declare(
  state: { vars: Map<string, string | null>; fromEnv: Set<string> },
  ins: InstructionNode,
  globals: ReadonlyMap<string, string | null>,
): void {
  const isArg = ins.keyword === 'ARG';
  for (const p of ins.properties) {
    // ENV wins over ARG of the same name, whatever the order.
    if (isArg && state.fromEnv.has(p.name)) continue;
    if (isArg && p.value === null) state.vars.set(p.name, globals.get(p.name) ?? null);
    else state.vars.set(p.name, p.value === null ? null : substituteVariables(p.value, state.vars).value);
    if (!isArg) state.fromEnv.add(p.name);
  }
}

/** The working directory of a top-level instruction ('/' by default), or null when unknown. */
export function workdirBefore(model: DockerfileModel, ins: InstructionNode): string | null {
  return stateOf(model).workdir.get(ins) ?? (ins.stage >= 0 ? null : '/');
}

/**
 * Working directories as the file sets them, for code that must not assume '/': null where no
 * WORKDIR of the stage or the stages it is built on says (the base image decides), or where a
 * variable or a relative path from an unknown directory hides it. Walked only when asked.
 */
const WRITTEN_WORKDIRS = fact('working directory as written', (model) => {
  const s = {
    workdir: new Map<InstructionNode, string | null>(),
    workdirAtEnd: new Map<StageNode, string | null>(),
  };
  for (const stage of model.stages) walkWorkdirs(model, s, stage, new Set(), null);
  return s;
});

/** The working directory before a top-level instruction as the file sets it; null when the base image decides. */
export function writtenWorkdirBefore(model: DockerfileModel, ins: InstructionNode): string | null {
  return factsOf(model).get(WRITTEN_WORKDIRS).workdir.get(ins) ?? null;
}

/** A stage's working directory at its end as the file sets it; null when the base image decides. */
export function writtenWorkdirAtEnd(model: DockerfileModel, stage: StageNode): string | null {
  return factsOf(model).get(WRITTEN_WORKDIRS).workdirAtEnd.get(stage) ?? null;
}

/** The variables known before a top-level instruction. */
export function variablesBefore(model: DockerfileModel, ins: InstructionNode): Vars {
  return stateOf(model).vars.get(ins) ?? new Map();
}

/** The directory an instruction runs in: the last WORKDIR before it in its stage lineage ('/' by default). */
export function workdirAt(model: DockerfileModel, ins: InstructionNode): string | null {
  if (!ins.onbuild) return workdirBefore(model, ins);
  // An ONBUILD trigger runs after the ONBUILD WORKDIRs before it (and the stage's own WORKDIRs).
  const stage = model.stages[ins.stage];
  if (!stage) return '/';
  let dir: string | null = '/';
  for (const s of stageLineage(model, stage).reverse()) {
    for (const i of s.instructions) {
      if (s === stage && i.index >= ins.index) break;
      dir = applyWorkdir(dir, i.trigger ?? i);
    }
  }
  return dir;
}
