import { defineRule } from './define.js';
import { copiesFromElsewhere, copySources, isWholeContext, stageLineage } from './support/layers.js';

export const rule = defineRule({
  meta: {
    id: 'DOP098',
    slug: 'copy-whole-context',
    title: {
      en: 'Whole build context copied into the final image',
      ko: '빌드 컨텍스트 전체를 최종 이미지에 복사',
    },
    severity: 'info',
    practices: ['P20', 'P21'],
    aka: {},
    fixable: 'none',
    explanation: {
      en: '`COPY . .` in the image you ship copies everything in the build context that .dockerignore does not exclude: `.git`, `.env` files and keys, tests, local builds. Copy only what the app needs at run time (`COPY src/ ./src/`, or the build output from a build stage), and keep a .dockerignore for the rest.',
      ko: '배포할 이미지에서 `COPY . .`를 하면 .dockerignore가 제외하지 않은 빌드 컨텍스트의 모든 것이 들어갑니다. `.git`, `.env` 파일과 키, 테스트, 로컬 빌드 결과까지. 앱이 실행에 필요한 것만 복사하고(`COPY src/ ./src/` 또는 빌드 스테이지의 결과물), 나머지는 .dockerignore로 제외하세요.',
    },
    examples: {
      bad: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nCMD ["python", "app.py"]\n',
      badLines: [3],
      onbuild: 'same',
      good: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY app.py ./\nCOPY src/ ./src/\nCMD ["python", "app.py"]\n',
    },
  },
  check(ctx) {
    const { model } = ctx;
    const final = model.stages.find((s) => s.isFinal);
    if (!final) return;
    // The final image also holds what the stages it is built FROM copied.
    for (const stage of stageLineage(model, final)) {
      for (const node of stage.instructions) {
        const ins = node.trigger ?? node;
        if ((ins.keyword !== 'COPY' && ins.keyword !== 'ADD') || copiesFromElsewhere(ins)) continue;
        const whole = copySources(ins)?.sources.find((s) => !s.url && isWholeContext(s.value));
        if (!whole) continue;
        ctx.report({
          span: whole.token.span,
          message: {
            en: `${ins.keyword} ${whole.value} puts the whole build context into the final image: anything .dockerignore misses ships with it. Copy only what the app needs.`,
            ko: `${ins.keyword} ${whole.value}은(는) 빌드 컨텍스트 전체를 최종 이미지에 넣습니다. .dockerignore에서 빠진 것은 모두 함께 배포됩니다. 앱에 필요한 것만 복사하세요.`,
          },
        });
      }
    }
  },
});
