import type { Span } from '../types.js';
import { defineRule } from './define.js';
import {
  EXPANDED_INSTRUCTIONS,
  expandedParts,
  knownBaseEnv,
  referencedVars,
  variablesAt,
} from './support/variables.js';

/**
 * Decisions: only stages whose base image's ENV we know (see IMAGE_ENV) are judged, because any
 * other image may define the variable; `${VAR:-default}` forms are skipped; a global ARG used
 * without being declared again in the stage is left to DOP133; ONBUILD triggers are expanded in
 * another build and are skipped.
 */
export const rule = defineRule({
  meta: {
    id: 'DOP132',
    slug: 'undefined-var',
    title: { en: 'Variable used but never defined', ko: '정의되지 않은 변수 사용' },
    severity: 'warning',
    practices: ['P31'],
    aka: { buildkit: ['UndefinedVar'] },
    fixable: 'none',
    explanation: {
      en: 'Docker expands $VAR in ENV, WORKDIR, COPY, USER, LABEL and similar instructions itself, and an undefined variable silently becomes an empty string, so `WORKDIR $APP_DIR` becomes `/` and COPY goes to the wrong place. Declare it first with ARG or ENV (inside the stage), or fix the typo.',
      ko: 'Docker는 ENV, WORKDIR, COPY, USER, LABEL 같은 명령의 $VAR를 직접 확장하며, 정의되지 않은 변수는 조용히 빈 문자열이 됩니다. 그래서 `WORKDIR $APP_DIR`는 `/`가 되고 COPY는 엉뚱한 곳으로 갑니다. 먼저 (스테이지 안에서) ARG나 ENV로 선언하거나 오타를 고치세요.',
    },
    examples: {
      bad: 'FROM python:3.12-slim\nENV APP_DIR=/app\nWORKDIR $APP_DRI\n',
      badLines: [3],
      // Ignored: a trigger is expanded in a downstream build, with variables this file cannot see.
      onbuild: 'ignored',
      good: 'FROM python:3.12-slim\nENV APP_DIR=/app\nWORKDIR $APP_DIR\n',
    },
  },
  check(ctx) {
    const { model } = ctx;
    const globals = new Set(model.globalArgs.map((a) => a.name));
    for (const stage of model.stages) {
      const known = knownBaseEnv(model, stage);
      if (!known) continue;
      for (const ins of stage.instructions) {
        if (!EXPANDED_INSTRUCTIONS.has(ins.keyword)) continue;
        const vars = variablesAt(model, ins);
        const seen = new Set<string>();
        // Within one ENV/ARG, an earlier pair does not define a name for a later one (DOP131), but
        // BuildKit does not report it as undefined either.
        const ownNames = new Set(ins.properties.map((p) => p.name));
        for (const [text, start] of expandedParts(ins, ctx.text)) {
          for (const ref of referencedVars(text, model.escapeChar)) {
            const name = ref.name;
            if (ref.hasDefault || vars.has(name) || known.has(name) || globals.has(name)) continue;
            if (ownNames.has(name) || seen.has(name)) continue;
            seen.add(name);
            const span: Span = { start: start + ref.offset, end: start + ref.offset + ref.length };
            const exact =
              ctx.text.slice(span.start, span.end) === text.slice(ref.offset, ref.offset + ref.length);
            ctx.report({
              span: exact ? span : ins.span,
              message: {
                en: `\`$${name}\` in ${ins.keyword} is not defined by any ARG or ENV before it, so Docker replaces it with an empty string.`,
                ko: `${ins.keyword}의 \`$${name}\`은(는) 앞의 어떤 ARG나 ENV에서도 정의되지 않아 Docker가 빈 문자열로 바꿉니다.`,
              },
            });
          }
        }
      }
    }
  },
});
