import { defineRule } from './define.js';
import { stageRefs } from './support/structure.js';

export const rule = defineRule({
  meta: {
    id: 'DOP016',
    slug: 'unused-stage',
    title: { en: 'Stage that nothing uses', ko: '아무도 쓰지 않는 스테이지' },
    severity: 'info',
    practices: ['P15'],
    aka: {},
    fixable: 'none',
    explanation: {
      en: 'BuildKit builds only the stages the target needs, so a stage that no `FROM`, `COPY --from` or `RUN --mount=from=` uses is skipped by a plain `docker build`: either it is dead code, or a `COPY --from` that should bring its output is missing. Remove it, copy from it, or keep it deliberately as a `--target`.',
      ko: 'BuildKit은 대상에 필요한 스테이지만 빌드하므로, 어떤 `FROM`, `COPY --from`, `RUN --mount=from=`도 쓰지 않는 스테이지는 일반 `docker build`에서 건너뜁니다. 죽은 코드이거나, 그 결과를 가져올 `COPY --from`이 빠진 것입니다. 지우거나, 그 스테이지에서 복사하거나, `--target`용으로 일부러 남겨 두세요.',
    },
    examples: {
      bad: 'FROM node:22-slim AS assets\nWORKDIR /src\nCOPY . .\nRUN npm ci && npm run build\nFROM nginx:1.27\nCOPY public/ /usr/share/nginx/html/\n',
      badLines: [1],
      onbuild: 'same',
      good: 'FROM node:22-slim AS assets\nWORKDIR /src\nCOPY . .\nRUN npm ci && npm run build\nFROM nginx:1.27\nCOPY --from=assets /src/dist/ /usr/share/nginx/html/\n',
    },
  },
  check(ctx) {
    const { model } = ctx;
    if (model.stages.length < 2) return;
    const refs = stageRefs(model);
    // A reference through a variable, or a FROM built from one, may name any stage: say nothing.
    if (refs.some((r) => r.target === 'variable')) return;
    if (
      model.stages.some(
        (s) => s.image.stage === null && s.image.raw.includes('$') && s.image.unresolved.length,
      )
    )
      return;
    const used = new Set<number>();
    for (const r of refs) if (typeof r.target === 'number' && r.target !== r.stage) used.add(r.target);
    for (const stage of model.stages) {
      if (stage.isFinal || used.has(stage.index)) continue;
      const label = stage.name ? `\`${stage.name}\`` : `${stage.index}`;
      ctx.report({
        span: stage.nameSpan ?? stage.from.keywordSpan,
        message: {
          en: `Stage ${label} (line ${stage.from.startLine + 1}) is not used by any other stage, so \`docker build\` without \`--target\` skips it.`,
          ko: `${stage.from.startLine + 1}행의 스테이지 ${label}은(는) 다른 어떤 스테이지도 쓰지 않으므로 \`--target\` 없는 \`docker build\`에서 건너뜁니다.`,
        },
      });
    }
  },
});
