import { defineRule } from './define.js';
import { describeImage, isImageFrom, repository } from './support/images.js';
import { pinTagFix } from './support/pin-tag.js';

export const rule = defineRule({
  meta: {
    id: 'DOP021',
    slug: 'latest-tag',
    title: { en: 'Base image tagged latest', ko: 'latest 태그를 쓰는 베이스 이미지' },
    severity: 'warning',
    practices: ['P07'],
    aka: { hadolint: ['DL3007'], trivy: ['DS-0001'] },
    fixable: 'review',
    explanation: {
      en: '`latest` is just a tag the publisher moves: a rebuild next month can bring a new major version, a different distribution or a broken build, and the cache gives no hint why. Pin the version you tested (`node:20-slim`), and a digest where builds must be reproducible.',
      ko: '`latest`는 배포자가 언제든 옮기는 태그일 뿐입니다. 한 달 뒤 다시 빌드하면 메이저 버전이나 배포판이 바뀌거나 빌드가 깨질 수 있고, 캐시만 봐서는 이유를 알 수 없습니다. 테스트한 버전(`node:20-slim`)을 고정하고, 재현성이 중요하면 다이제스트도 함께 적으세요.',
    },
    examples: {
      bad: 'FROM node:latest\nCMD ["node", "--version"]\n',
      badLines: [1],
      onbuild: 'same',
      good: 'FROM node:20-slim\nCMD ["node", "--version"]\n',
    },
  },
  check(ctx) {
    for (const stage of ctx.model.stages) {
      const image = stage.image;
      // An unresolved variable elsewhere (`gcr.io/$PROJECT/builder:latest`) leaves a written
      // `latest` a moving tag; one in the tag itself never yields 'latest' here.
      if (!isImageFrom(image)) continue;
      // A digest pins the content whatever the tag says (hadolint and Trivy agree).
      if (image.tag !== 'latest' || image.digest !== null) continue;
      const shown = describeImage(image);
      const fix = pinTagFix(image);
      ctx.report({
        span: image.span,
        ...(fix ? { fix } : {}),
        message: {
          en: `\`FROM ${shown}\` follows a moving tag. Pin the version you tested, e.g. \`${repository(image)}:<version>\`.`,
          ko: `\`FROM ${shown}\`은(는) 계속 바뀌는 태그를 따릅니다. 테스트한 버전을 \`${repository(image)}:<버전>\`처럼 고정하세요.`,
        },
      });
    }
  },
});
