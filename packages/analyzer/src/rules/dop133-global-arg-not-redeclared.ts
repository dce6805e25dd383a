import { defineRule } from './define.js';
import {
  EXPANDED_INSTRUCTIONS,
  expandedParts,
  knownBaseEnv,
  likelyImageEnv,
  referencedVars,
  shellVarUses,
  type VarUse,
  variablesAt,
} from './support/variables.js';

/**
 * A global ARG (before the first FROM) is only in scope on FROM lines. Used inside a stage
 * without `ARG NAME` there, it expands to an empty string, in RUN as in WORKDIR or COPY.
 * Not reported when the stage gets the name another way (its own ARG/ENV, a parent stage's ENV,
 * a base image known to set it). Uses in ONBUILD, CMD and ENTRYPOINT happen elsewhere and are skipped.
 */
export const rule = defineRule({
  meta: {
    id: 'DOP133',
    slug: 'global-arg-not-redeclared',
    title: {
      en: 'Global ARG used in a stage without ARG',
      ko: '스테이지에서 다시 선언하지 않은 전역 ARG 사용',
    },
    severity: 'warning',
    practices: ['P31'],
    aka: {},
    fixable: 'safe',
    explanation: {
      en: 'An ARG declared before the first FROM is visible only in FROM lines; inside a stage the same $NAME is empty, so `RUN curl …/v$VERSION/…` quietly downloads the wrong thing. Declare it again with `ARG NAME` (no value: it inherits the global default) at the top of every stage that uses it.',
      ko: '첫 FROM 앞에서 선언한 ARG는 FROM 줄에서만 보이고, 스테이지 안에서는 같은 $NAME이 빈 값이라 `RUN curl …/v$VERSION/…`이 조용히 엉뚱한 것을 받습니다. 이를 사용하는 스테이지마다 맨 위에 `ARG NAME`(값 없이 쓰면 전역 기본값을 물려받음)으로 다시 선언하세요.',
    },
    examples: {
      bad: 'ARG VERSION=1.2.3\nFROM alpine:3.20\nRUN wget -q https://example.com/tool-$VERSION.tar.gz\n',
      badLines: [3],
      // Ignored: a trigger is expanded in a downstream build, whose global ARGs differ.
      onbuild: 'ignored',
      good: 'ARG VERSION=1.2.3\nFROM alpine:3.20\nARG VERSION\nRUN wget -q https://example.com/tool-$VERSION.tar.gz\n',
    },
  },
  check(ctx) {
    const { model } = ctx;
    const globals = new Set(model.globalArgs.map((a) => a.name));
    if (globals.size === 0) return;
    for (const stage of model.stages) {
      const known = knownBaseEnv(model, stage);
      // An image we do not know may set the name itself; only the common `<IMAGE>_VERSION` is guessed.
      const baseEnv =
        known ?? new Set(model.globalArgs.map((a) => a.name).filter((n) => likelyImageEnv(model, stage, n)));
      const reported = new Set<string>();
      for (const ins of stage.instructions) {
        let uses: VarUse[] = [];
        if (ins.keyword === 'RUN') {
          if (!model.windows) uses = shellVarUses(ins);
        } else if (EXPANDED_INSTRUCTIONS.has(ins.keyword)) {
          for (const [text, start] of expandedParts(ins, ctx.text)) {
            for (const ref of referencedVars(text, model.escapeChar)) {
              if (!ref.hasDefault)
                uses.push({
                  name: ref.name,
                  span: { start: start + ref.offset, end: start + ref.offset + ref.length },
                });
            }
          }
        }
        uses = uses.filter((u) => globals.has(u.name) && !reported.has(u.name) && !baseEnv.has(u.name));
        if (uses.length === 0) continue;
        const vars = variablesAt(model, ins);
        for (const use of uses) {
          if (vars.has(use.name) || reported.has(use.name)) continue;
          reported.add(use.name);
          const where = stage.name ? `stage \`${stage.name}\`` : `stage ${stage.index}`;
          ctx.report({
            span: use.span,
            message: {
              en: `\`$${use.name}\` is a global ARG, empty in ${where} because the stage does not declare \`ARG ${use.name}\`.`,
              ko: `\`$${use.name}\`은(는) 전역 ARG라서, \`ARG ${use.name}\`을(를) 선언하지 않은 ${stage.name ? `\`${stage.name}\` 스테이지` : `${stage.index}번 스테이지`}에서는 빈 값입니다.`,
            },
            fix: {
              title: { en: `Declare ARG ${use.name} in the stage`, ko: `스테이지에 ARG ${use.name} 선언` },
              safety: 'safe',
              edits: [{ start: stage.from.span.end, end: stage.from.span.end, text: `\nARG ${use.name}` }],
            },
          });
        }
      }
    }
  },
});
