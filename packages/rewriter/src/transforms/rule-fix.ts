import { rules } from '@dop/analyzer';
import { defineTransform, type Transform } from '../transform.js';

const META = new Map(rules.map((r) => [r.id, r]));

/**
 * A transform that applies the analyzer's own fixes for some rules: the rule knows the exact edit,
 * so the rewriter does not say it twice. Each such transform lives in a file of its own that names
 * its rules; unknown rule ids are ignored (a rule may be switched off or not exist yet).
 */
export function ruleFixTransform(id: string, ruleIds: readonly string[]): Transform {
  return defineTransform({
    id,
    run(ctx) {
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
