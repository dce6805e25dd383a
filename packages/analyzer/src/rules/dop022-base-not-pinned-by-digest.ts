import { defineRule } from './define.js';
import { describeImage, isImageFrom } from './support/images.js';

export const rule = defineRule({
  meta: {
    id: 'DOP022',
    slug: 'base-not-pinned-by-digest',
    title: { en: 'Base image not pinned by digest', ko: '다이제스트로 고정하지 않은 베이스 이미지' },
    severity: 'info',
    practices: ['P07'],
    aka: {},
    fixable: 'none',
    optIn: true,
    explanation: {
      en: 'Even a version tag such as `python:3.12-slim` is re-pushed with every patch release, so the same Dockerfile builds on different bytes over time. Where builds must be reproducible, add the digest (`python:3.12-slim@sha256:…`, from `docker buildx imagetools inspect`) and let a bot such as Renovate or Dependabot update it.',
      ko: '`python:3.12-slim` 같은 버전 태그도 패치가 나올 때마다 다시 푸시되므로, 같은 Dockerfile이 시간에 따라 다른 내용으로 빌드됩니다. 재현 가능한 빌드가 필요하다면 다이제스트(`python:3.12-slim@sha256:…`, `docker buildx imagetools inspect`로 확인)를 붙이고 Renovate나 Dependabot 같은 봇이 갱신하게 하세요.',
    },
    examples: {
      bad: 'FROM python:3.12-slim\nCMD ["python", "--version"]\n',
      badLines: [1],
      onbuild: 'same',
      good: `FROM python:3.12-slim@sha256:${'0'.repeat(64)}\nCMD ["python", "--version"]\n`,
    },
  },
  check(ctx) {
    for (const stage of ctx.model.stages) {
      const image = stage.image;
      if (!isImageFrom(image) || image.unresolved.length > 0 || image.digest !== null) continue;
      const shown = describeImage(image);
      ctx.report({
        span: image.span,
        message: {
          en: `\`FROM ${shown}\` is not pinned by digest: the tag can point to different content at each build. Append \`@sha256:<digest>\` for reproducible builds.`,
          ko: `\`FROM ${shown}\`이(가) 다이제스트로 고정되어 있지 않아 빌드할 때마다 태그가 다른 내용을 가리킬 수 있습니다. 재현 가능한 빌드를 원하면 \`@sha256:<다이제스트>\`을(를) 붙이세요.`,
        },
      });
    }
  },
});
