import type { DockerfileModel, InstructionNode, StageNode } from '@dop/analyzer';

/** The words of the command the final stage runs: ENTRYPOINT, else CMD (exec or plain shell form). */
export function runtimeCommand(stage: StageNode): string[] | null {
  const find = (k: string) => stage.instructions.filter((i) => i.keyword === k).pop();
  const ins = find('ENTRYPOINT') ?? find('CMD');
  if (!ins) return null;
  if (ins.json) return ins.json.map((w) => w.value);
  const cmds = ins.shell?.commands ?? [];
  // Only a single plain command can be read without a shell.
  if (cmds.length !== 1 || cmds[0]!.argv.some((w) => w.expansion)) return null;
  return cmds[0]!.argv.map((w) => w.value);
}

export function fullImageName(stage: StageNode): string {
  return `${stage.image.registry ? `${stage.image.registry}/` : ''}${stage.image.name}`;
}

export type { DockerfileModel, InstructionNode };
