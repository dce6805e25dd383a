import { analyzeRules } from '@dop/analyzer';
import type { TransformContext } from '../transform.js';

/**
 * DOP043 on a script of the build context: the rewrite edits only the Dockerfile, so the `exec`
 * the script needs is said, not written (a heredoc script gets the rule's own fix instead).
 */
export function entrypointScriptNotes(ctx: TransformContext): void {
  const context = ctx.options.context;
  if (!context) return;
  for (const f of analyzeRules(ctx.model, ['DOP043'], { context }).findings) {
    const file = f.contextFiles?.[0];
    if (f.fix || !file) continue;
    ctx.note({
      key: `entrypoint-script:${file.path}`,
      message: {
        en: `${f.message.en} The rewrite changes only the Dockerfile: edit ${file.path} yourself.`,
        ko: `${f.message.ko} 재작성은 Dockerfile만 바꾸므로 ${file.path} 파일은 직접 고치세요.`,
      },
      spans: [f.span],
    });
  }
}
