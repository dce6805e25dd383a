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

/** The stage's working directory at its end: the last absolute WORKDIR, with relative ones joined. */
export function finalWorkdir(stage: StageNode): string | null {
  let dir: string | null = null;
  for (const ins of stage.instructions) {
    if (ins.keyword !== 'WORKDIR') continue;
    const v = ins.args.map((a) => a.value).join(' ');
    if (v.includes('$')) return null;
    dir = v.startsWith('/') ? v : `${dir ?? ''}/${v}`;
  }
  return dir;
}

/** The working directory in effect at an instruction of the stage (null when the base image decides). */
export function finalWorkdirBefore(stage: StageNode, at: InstructionNode): string | null {
  const index = stage.instructions.indexOf(at);
  return finalWorkdir({ ...stage, instructions: stage.instructions.slice(0, Math.max(index, 0)) });
}

/** An absolute path for a path the command names, relative to the working directory. */
export function absolute(path: string, workdir: string | null): string | null {
  if (path.startsWith('/')) return normalize(path);
  if (workdir === null) return null;
  return normalize(`${workdir}/${path}`);
}

function normalize(path: string): string {
  const parts: string[] = [];
  for (const p of path.split('/')) {
    if (p === '' || p === '.') continue;
    if (p === '..') parts.pop();
    else parts.push(p);
  }
  return `/${parts.join('/')}`;
}

export function fullImageName(stage: StageNode): string {
  return `${stage.image.registry ? `${stage.image.registry}/` : ''}${stage.image.name}`;
}

export type { DockerfileModel, InstructionNode };
