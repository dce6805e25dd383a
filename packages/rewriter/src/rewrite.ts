import { analyze } from '@dop/analyzer';
import { suggestDockerignore } from './dockerignore.js';
import { computeLayers } from './layers.js';
import { runPipeline } from './pipeline.js';
import { estimateSize } from './size.js';
import type { ResolvedOptions } from './transform.js';
import { TRANSFORMS } from './transforms/index.js';
import type { Rewrite, RewriteOptions } from './types.js';

const DEFAULTS: ResolvedOptions = { runtimeUid: 10001, multiStage: true };

/** Rewrites a Dockerfile into an optimized one, every change explained. Never throws. */
export function rewrite(text: string, options: RewriteOptions = {}): Rewrite {
  const resolved: ResolvedOptions = {
    runtimeUid: options.runtimeUid ?? DEFAULTS.runtimeUid,
    multiStage: options.multiStage ?? DEFAULTS.multiStage,
  };
  const disabled = new Set(options.disabledTransforms ?? []);
  if (!resolved.multiStage) disabled.add('multi-stage');
  const transforms = TRANSFORMS.filter((t) => !disabled.has(t.id));
  const source = typeof text === 'string' ? text : String(text ?? '');
  const initial = analyze(source);
  // A file the analyzer cannot parse is left as it is: rewriting it could lose what it meant.
  const broken = initial.findings.some((f) => f.ruleId === 'DOP001');
  const result = runPipeline(
    source,
    initial,
    broken ? [] : transforms,
    resolved,
    new Set(options.rejectedChanges ?? []),
    options.onlyChanges ? new Set(options.onlyChanges) : null,
  );
  const notes = [...result.notes];
  if (broken) {
    notes.push({
      id: 'parse-errors',
      message: {
        en: 'The Dockerfile has syntax errors (see the findings): it was not rewritten. Fix them first.',
        ko: 'Dockerfile에 문법 오류가 있어(발견 항목 참고) 다시 쓰지 않았습니다. 먼저 오류를 고치세요.',
      },
      sourceRanges: [],
    });
  }
  const before = computeLayers(result.before.model);
  const after = computeLayers(result.after.model);
  return {
    output: result.output,
    dockerignore: suggestDockerignore(result.after.model),
    changes: result.changes,
    notes,
    layers: { before, after },
    size: estimateSize(result.before.model, result.after.model, before, after),
  };
}
