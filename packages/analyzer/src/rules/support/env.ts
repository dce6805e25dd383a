import { variablesAt } from './variables.js';
import type { DockerfileModel, InstructionNode } from '../../model/types.js';

/**
 * The value an ENV or ARG gives a name before an instruction, in its stage or the stages it builds
 * on (a global ARG through `ARG NAME`); null when declared without a value, undefined if none.
 */
export function envBefore(
  model: DockerfileModel,
  ins: InstructionNode,
  name: string,
): string | null | undefined {
  const vars = variablesAt(model, ins);
  return vars.has(name) ? vars.get(name) : undefined;
}

/** Whether a RUN sets the variable for its own commands (`NAME=x cmd` or `export NAME=x`). */
export function setInRun(ins: InstructionNode, name: string): boolean {
  return (ins.shell?.commands ?? []).some(
    (c) =>
      c.assignments.some((a) => a.value.startsWith(`${name}=`)) ||
      (c.name === 'export' && c.args.some((a) => a.value.startsWith(`${name}=`))),
  );
}
