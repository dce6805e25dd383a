import { defineRule } from './define.js';
import { stageRefs } from './support/structure.js';

export const rule = defineRule({
  meta: {
    id: 'DOP014',
    slug: 'copy-from-own-stage',
    title: { en: '`--from` names its own stage', ko: '`--from`이 자기 스테이지를 가리킴' },
    severity: 'error',
    practices: ['P15'],
    aka: { hadolint: ['DL3023'], trivy: ['DS-0006'] },
    fixable: 'none',
    explanation: {
      en: 'A stage cannot copy or mount from itself: it does not exist until it is finished, and BuildKit stops with "circular dependency detected on stage". Copy from an earlier stage, or move files inside the stage with `RUN cp`/`mv`.',
      ko: '스테이지는 자기 자신에서 복사하거나 마운트할 수 없습니다. 스테이지는 끝나기 전까지 존재하지 않으므로 BuildKit이 "circular dependency detected on stage" 오류로 멈춥니다. 앞선 스테이지에서 복사하거나, 스테이지 안에서는 `RUN cp`/`mv`로 파일을 옮기세요.',
    },
    examples: {
      bad: 'FROM node:22-slim AS build\nWORKDIR /app\nCOPY . .\nRUN npm ci && npm run build\nCOPY --from=build /app/dist /srv/www\n',
      badLines: [5],
      // Ignored: a trigger's --from names a stage of the downstream build.
      onbuild: 'ignored',
      good: 'FROM node:22-slim AS build\nWORKDIR /app\nCOPY . .\nRUN npm ci && npm run build\nFROM nginx:1.27\nCOPY --from=build /app/dist /usr/share/nginx/html\n',
    },
  },
  check(ctx) {
    for (const ref of stageRefs(ctx.model)) {
      if (ref.kind === 'from' || ref.target !== ref.stage) continue;
      const flag = ref.kind === 'copy' ? `--from=${ref.value}` : `--mount=…,from=${ref.value}`;
      ctx.report({
        span: ref.span,
        message: {
          en: `\`${flag}\` names the stage this ${ref.ins.keyword} is in; a stage cannot read from itself.`,
          ko: `\`${flag}\`은(는) 이 ${ref.ins.keyword}이(가) 속한 스테이지를 가리킵니다. 스테이지는 자기 자신에서 읽을 수 없습니다.`,
        },
      });
    }
  },
});
