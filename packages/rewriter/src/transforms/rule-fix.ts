import { rules } from '@dop/analyzer';
import { defineTransform, type Transform, type TransformContext } from '../transform.js';

const META = new Map(rules.map((r) => [r.id, r]));

/**
 * A step that applies the analyzer's own fixes for some rules: the rule proved the problem and
 * knows the exact edit, so the rewriter does not say it twice. Unknown rule ids are ignored (a
 * rule may be switched off or not exist yet). `notes` adds what the step says beside the fixes.
 */
export function ruleFixTransform(
  id: string,
  ruleIds: readonly string[],
  notes?: (ctx: TransformContext) => void,
): Transform {
  return defineTransform({
    id,
    run(ctx) {
      notes?.(ctx);
      for (const f of ctx.findingsOf(ruleIds)) {
        if (!f.fix) continue;
        const meta = META.get(f.ruleId);
        ctx.propose({
          title: f.fix.title,
          explanation: meta?.explanation ?? f.message,
          practices: [...f.practices],
          resolves: [f.ruleId],
          risk: f.fix.safety,
          edits: f.fix.edits,
        });
      }
    },
  });
}
