import { defineRule } from './define.js';
import { describeImage, isImageFrom } from './support/images.js';
import { pinTagFix } from './support/pin-tag.js';

export const rule = defineRule({
  meta: {
    id: 'DOP020',
    slug: 'untagged-image',
    title: { en: 'Base image without a tag', ko: '태그 없는 베이스 이미지' },
    severity: 'warning',
    practices: ['P07'],
    aka: { hadolint: ['DL3006'], trivy: ['DS-0001'] },
    fixable: 'review',
    explanation: {
      en: 'A FROM without a tag or digest means `latest`: whatever the registry points to on the day of the build, so two builds of the same Dockerfile can get different operating systems and runtimes. Name a version tag (`python:3.12-slim`), or a digest for full reproducibility.',
      ko: '태그나 다이제스트가 없는 FROM은 `latest`를 뜻합니다. 빌드하는 날 레지스트리가 가리키는 이미지를 받아오므로, 같은 Dockerfile이라도 빌드할 때마다 운영체제와 런타임이 달라질 수 있습니다. 버전 태그(`python:3.12-slim`)를 적고, 완전히 재현 가능한 빌드가 필요하면 다이제스트를 쓰세요.',
    },
    examples: {
      bad: 'FROM python\nCMD ["python", "--version"]\n',
      badLines: [1],
      onbuild: 'same',
      good: 'ARG PY=3.12-slim\nFROM python:${PY} AS base\nFROM base\nCMD ["python", "--version"]\n',
    },
  },
  check(ctx) {
    for (const stage of ctx.model.stages) {
      const image = stage.image;
      // Unresolved variables are DOP024/DOP025's business: the tag may well come from a build arg,
      // unless they only name the registry or namespace (`${REGISTRY}/ubuntu` has no tag whatever
      // the registry is).
      if (!isImageFrom(image) || (image.unresolved.length > 0 && !untaggedWhateverPrefix(image.raw)))
        continue;
      if (image.tag !== null || image.digest !== null) continue;
      const shown = describeImage(image);
      const fix = pinTagFix(image);
      ctx.report({
        span: image.span,
        ...(fix ? { fix } : {}),
        message: {
          en: `\`FROM ${shown}\` has no tag: it pulls whatever \`latest\` is when the build runs. Pin a version tag such as \`${image.resolved}:<version>\`.`,
          ko: `\`FROM ${shown}\`에 태그가 없어 빌드할 때의 \`latest\`을(를) 받아옵니다. \`${image.resolved}:<버전>\`처럼 버전 태그를 고정하세요.`,
        },
      });
    }
  },
});

/** `${REGISTRY}/ubuntu`: variables only before the last `/`, and no tag or digest after it. */
function untaggedWhateverPrefix(raw: string): boolean {
  const slash = raw.lastIndexOf('/');
  if (slash < 0) return false;
  const last = raw.slice(slash + 1);
  return last !== '' && !/[$:@{}]/.test(last);
}
