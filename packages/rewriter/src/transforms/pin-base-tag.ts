import { UNPINNABLE } from '@dop/analyzer';
import type { TransformContext } from '../transform.js';

/**
 * The pins themselves are DOP020/DOP021's fixes (the rules know the tag); what the rewriter adds
 * is a note for the well-known images that have no tag to pin to, saying why.
 */
export function unpinnableNotes(ctx: TransformContext): void {
  for (const stage of ctx.model.stages) {
    const img = stage.image;
    if (img.stage !== null || img.scratch || img.digest || img.unresolved.length > 0 || img.raw.includes('$'))
      continue;
    if (img.tag !== null && img.tag !== 'latest') continue;
    const key = img.registry ? `${img.registry}/${img.name}` : img.name.replace(/^library\//, '');
    const why = UNPINNABLE[key];
    if (why) ctx.note({ key, message: why, spans: [img.span] });
  }
}
