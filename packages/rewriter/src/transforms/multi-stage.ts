import { blocksOf } from '../blocks.js';
import { artifact } from '../recipes/artifact.js';
import { node } from '../recipes/node.js';
import { php } from '../recipes/php.js';
import { python } from '../recipes/python.js';
import { ruby } from '../recipes/ruby.js';
import type { Recipe } from '../recipes/recipe.js';
import { eol } from '../text.js';
import { defineTransform } from '../transform.js';

/** Ecosystem recipes, tried in order; the first that recognises the file plans it. */
const RECIPES: readonly Recipe[] = [python, ruby, node, php, artifact];

/**
 * A single-stage Dockerfile becomes a build stage and a slim runtime stage, per ecosystem recipe.
 * Files with several stages, or that no recipe recognises, are left as they are.
 */
export const transform = defineTransform({
  id: 'multi-stage',
  run(ctx) {
    const { model } = ctx;
    if (model.stages.length !== 1 || model.windows) return;
    const stage = model.stages[0]!;
    if (stage.image.scratch || stage.image.unresolved.length > 0) return;
    const blocks = blocksOf(model, stage.instructions);
    const nl = eol(ctx.text);
    for (const recipe of RECIPES) {
      const plan = recipe.plan({ model, stage, blocks, options: ctx.options, nl });
      if (!plan) continue;
      if ('skip' in plan) {
        ctx.note({ key: recipe.ecosystem, message: plan.skip, spans: [stage.from.span] });
        return;
      }
      const last = stage.instructions[stage.instructions.length - 1]!;
      ctx.propose({
        title: plan.title,
        explanation: plan.explanation,
        practices: ['P05', 'P06', 'P09', 'P14', 'P15', 'P16'],
        resolves: plan.resolves,
        risk: 'review',
        replaces: plan.replacesCommand ? ['container-command'] : [],
        edits: [
          {
            start: stage.from.span.start,
            end: last.span.end,
            text: `${plan.build.join(nl)}${nl}${nl}${plan.runtime.join(nl)}`,
          },
        ],
      });
      return;
    }
  },
});
