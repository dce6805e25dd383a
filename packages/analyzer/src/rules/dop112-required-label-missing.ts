import { both, defineRule } from './define.js';
import { labelsOfStage } from './support/metadata.js';

export const rule = defineRule({
  meta: {
    id: 'DOP112',
    slug: 'required-label-missing',
    title: { en: 'Required label missing', ko: '필수 레이블 누락' },
    severity: 'info',
    practices: ['P29'],
    aka: { hadolint: ['DL3049'] },
    fixable: 'none',
    explanation: {
      en: 'Your configuration (`requiredLabels`) lists labels every image must carry, such as the source repository or the licence, so that registries, scanners and people can trace an image back to its code. Add the missing ones to the final stage with LABEL.',
      ko: '설정의 `requiredLabels`는 모든 이미지가 가져야 할 레이블(소스 저장소, 라이선스 등)을 정합니다. 레지스트리와 스캐너, 사람이 이미지에서 코드까지 거슬러 갈 수 있도록 빠진 레이블을 최종 스테이지에 LABEL로 추가하세요.',
    },
    examples: {
      bad: 'FROM alpine:3.20\nLABEL org.opencontainers.image.title=demo\n',
      badLines: [1],
      onbuild: 'same',
      good: 'FROM alpine:3.20\nLABEL org.opencontainers.image.source=https://github.com/example/demo\n',
      options: { requiredLabels: { 'org.opencontainers.image.source': 'url' } },
    },
  },
  check(ctx) {
    const required = Object.keys(ctx.config.requiredLabels ?? {});
    if (required.length === 0) return;
    // Only the image `docker build` produces; labels of the stages it builds on are inherited.
    for (const stage of ctx.model.stages) {
      if (!stage.isFinal) continue;
      const labels = labelsOfStage(ctx.model, stage);
      for (const key of required) {
        if (labels.has(key)) continue;
        ctx.report({
          span: stage.from.span,
          message: both(
            `The image has no label \`${key}\`, which the configuration requires.`,
            `이미지에 설정이 요구하는 레이블 \`${key}\`이(가) 없습니다.`,
          ),
        });
      }
    }
  },
});
