import type { DockerfileModel, InstructionNode } from '../../model/types.js';

/** The value an ENV or ARG of the stage (or a global ARG) gives a name before an instruction; undefined if none. */
export function envBefore(
  model: DockerfileModel,
  ins: InstructionNode,
  name: string,
): string | null | undefined {
  const stage = ins.stage >= 0 ? model.stages[ins.stage] : undefined;
  let value: string | null | undefined;
  for (const i of stage?.instructions ?? []) {
    if (i === ins || i.startLine > ins.startLine) break;
    if (i.keyword !== 'ENV' && i.keyword !== 'ARG') continue;
    for (const p of i.properties) if (p.name === name) value = p.value;
  }
  return value;
}

/** Whether a RUN sets the variable for its own commands (`NAME=x cmd` or `export NAME=x`). */
export function setInRun(ins: InstructionNode, name: string): boolean {
  return (ins.shell?.commands ?? []).some(
    (c) =>
      c.assignments.some((a) => a.value.startsWith(`${name}=`)) ||
      (c.name === 'export' && c.args.some((a) => a.value.startsWith(`${name}=`))),
  );
}
