import type { DockerfileModel, StageNode } from './types.js';

/** The stage and the stages it builds on (`FROM build AS test`), nearest first; cycles cannot occur. */
export function lineage(model: DockerfileModel, stage: StageNode): StageNode[] {
  const out: StageNode[] = [];
  let s: StageNode | undefined = stage;
  while (s && !out.includes(s)) {
    out.push(s);
    s = s.image.stage !== null ? model.stages[s.image.stage] : undefined;
  }
  return out;
}
