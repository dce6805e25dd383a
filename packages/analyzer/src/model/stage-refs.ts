/**
 * Every place that names a stage — `FROM <stage>`, `COPY --from=<x>`, `RUN --mount=…,from=<x>` —
 * resolved once per model, as BuildKit resolves them. Rules, the rewriter's layer view and its
 * transforms ask here instead of matching stage names themselves.
 */
import { fact, factsOf } from './facts.js';
import type { DockerfileModel, InstructionNode } from './types.js';
import type { Span } from '../types.js';

/** A place that names a stage: `FROM <stage>`, `COPY --from=<x>`, `RUN --mount=…,from=<x>`. */
export interface StageRef {
  kind: 'from' | 'copy' | 'mount';
  /** The value as written. */
  value: string;
  /** Where the value is written. */
  span: Span;
  ins: InstructionNode;
  /** Index of the stage the instruction is in. */
  stage: number;
  /** The stage it names, `variable` when it holds `$` (unknown here), or null for an image. */
  target: number | 'variable' | null;
}

/**
 * Every stage reference of the top-level instructions. ONBUILD triggers are left out: their
 * `--from` names a stage of the Dockerfile that builds on this image, not one of ours.
 */
export function stageRefs(model: DockerfileModel): readonly StageRef[] {
  return factsOf(model).get(STAGE_REFS);
}

const STAGE_REFS = fact('stage references', (model): readonly StageRef[] => {
  const refs: StageRef[] = [];
  for (const stage of model.stages) {
    const image = stage.from.args[0];
    if (image && stage.image.stage !== null)
      refs.push({
        kind: 'from',
        value: image.value,
        span: image.span,
        ins: stage.from,
        stage: stage.index,
        target: stage.image.stage,
      });
    for (const ins of stage.instructions) {
      for (const flag of ins.flags) {
        const name = flag.name.toLowerCase();
        // Only COPY takes --from (ADD does not); RUN takes it inside --mount.
        if (name === 'from' && ins.keyword === 'COPY' && flag.value && flag.valueSpan) {
          refs.push({
            kind: 'copy',
            value: flag.value,
            span: flag.valueSpan,
            ins,
            stage: stage.index,
            target: resolveStage(model, flag.value),
          });
        } else if (name === 'mount' && ins.keyword === 'RUN' && flag.valueSpan) {
          const opt = mountFrom(model.text, flag.valueSpan);
          if (opt)
            refs.push({
              kind: 'mount',
              ...opt,
              ins,
              stage: stage.index,
              target: resolveStage(model, opt.value),
            });
        }
      }
    }
  }
  return refs;
});

/**
 * The stage a `--from` value names, case-insensitively as BuildKit does: a name (the first stage
 * with it, anywhere in the file) or an index. `variable` when it holds `$`; null for an image.
 */
export function resolveStage(model: DockerfileModel, value: string): number | 'variable' | null {
  if (value.includes('$')) return 'variable';
  if (/^\d+$/.test(value)) {
    const n = Number(value);
    return n < model.stages.length ? n : null;
  }
  const lower = value.toLowerCase();
  const stage = model.stages.find((s) => s.name?.toLowerCase() === lower);
  return stage ? stage.index : null;
}

/** The `from=` option inside a `--mount=` value, with its offsets. */
function mountFrom(text: string, valueSpan: Span): { value: string; span: Span } | null {
  const value = text.slice(valueSpan.start, valueSpan.end);
  let at = 0;
  for (const part of value.split(',')) {
    const m = /^(\s*from\s*=\s*)([\s\S]*)$/i.exec(part.trimEnd());
    if (m?.[2]) {
      const start = valueSpan.start + at + m[1]!.length;
      return { value: m[2], span: { start, end: start + m[2].length } };
    }
    at += part.length + 1;
  }
  return null;
}

/** Stage indexes each stage depends on (its base stage, `COPY --from`, `--mount from=`). */
export function stageDeps(model: DockerfileModel, refs: readonly StageRef[]): Set<number>[] {
  const deps = model.stages.map(() => new Set<number>());
  for (const r of refs) if (typeof r.target === 'number') deps[r.stage]?.add(r.target);
  return deps;
}

/** Whether `to` is reachable from `from` through the dependencies. */
export function dependsOn(deps: readonly Set<number>[], from: number, to: number): boolean {
  const seen = new Set<number>();
  const stack = [from];
  while (stack.length) {
    const s = stack.pop()!;
    if (s === to) return true;
    if (seen.has(s)) continue;
    seen.add(s);
    for (const d of deps[s] ?? []) stack.push(d);
  }
  return false;
}

/**
 * The stages a build of `target` (the last stage by default) runs: it and every stage it reaches
 * through FROM, `COPY --from` and `--mount from=`. The others BuildKit skips.
 */
export function stagesNeeded(model: DockerfileModel, target = model.stages.length - 1): Set<number> {
  const deps = stageDeps(model, stageRefs(model));
  const needed = new Set<number>();
  const stack = target >= 0 && target < model.stages.length ? [target] : [];
  while (stack.length) {
    const s = stack.pop()!;
    if (needed.has(s)) continue;
    needed.add(s);
    for (const d of deps[s] ?? []) stack.push(d);
  }
  return needed;
}
