import { trimTrailingSlashes } from '../model/paths.js';
import { buildImageRef } from '../model/image-ref.js';
import { defineRule } from './define.js';
import { DOCKER_HUB_NAMES, describeImage, isImageFrom, matchesGlob } from './support/images.js';
import { looksLikeImage, stageRefs } from './support/structure.js';

/** Whether one trusted-registries entry allows `registry` (null = Docker Hub) and `name`. */
function allows(entry: string, registry: string | null, name: string): boolean {
  const pattern = trimTrailingSlashes(entry.trim());
  if (!pattern) return false;
  const hosts = registry === null ? DOCKER_HUB_NAMES : [registry];
  // `ghcr.io/my-org` trusts one namespace of a registry rather than all of it.
  if (pattern.includes('/')) {
    return hosts.some(
      (h) => matchesGlob(pattern, `${h}/${name}`) || matchesGlob(`${pattern}/*`, `${h}/${name}`),
    );
  }
  return hosts.some((h) => matchesGlob(pattern, h));
}

export const rule = defineRule({
  meta: {
    id: 'DOP023',
    slug: 'untrusted-registry',
    title: { en: 'Base image from an untrusted registry', ko: '신뢰하지 않는 레지스트리의 베이스 이미지' },
    severity: 'warning',
    practices: ['P07'],
    aka: { hadolint: ['DL3026'] },
    fixable: 'none',
    explanation: {
      en: 'Your configuration lists the registries base images may come from (`trustedRegistries`), usually a mirror whose images are scanned and patched. An image from anywhere else bypasses that control, whether FROM, `COPY --from=image` or `RUN --mount=…,from=image` pulls it. Pull it through an allowed registry, or add the registry to the list if it is trusted.',
      ko: '설정의 `trustedRegistries`에는 베이스 이미지를 가져와도 되는 레지스트리가 정해져 있습니다. 보통 스캔과 패치를 거친 미러입니다. FROM이든 `COPY --from=이미지`든 `RUN --mount=…,from=이미지`든, 다른 곳의 이미지는 이 통제를 우회합니다. 허용된 레지스트리를 통해 받거나, 믿을 수 있는 레지스트리라면 목록에 추가하세요.',
    },
    examples: {
      bad: 'FROM quay.io/example/app:1.0\nCMD ["app"]\n',
      badLines: [1],
      onbuild: 'same',
      good: 'FROM registry.example.com/base/python:3.12-slim AS base\nFROM base\nCMD ["python"]\n',
      options: { trustedRegistries: ['registry.example.com', 'docker.io'] },
    },
  },
  check(ctx) {
    const trusted = ctx.config.trustedRegistries.filter((t) => t.trim() !== '');
    if (trusted.length === 0) return;
    const list = trusted.join(', ');
    for (const stage of ctx.model.stages) {
      const image = stage.image;
      // With a variable in the reference the registry is unknown until the build.
      if (!isImageFrom(image) || image.unresolved.length > 0 || image.resolved.includes('$')) continue;
      if (trusted.some((t) => allows(t, image.registry, image.name))) continue;
      const registry = image.registry ?? 'docker.io';
      ctx.report({
        span: image.span,
        message: {
          en: `\`FROM ${describeImage(image)}\` comes from \`${registry}\`, which is not a trusted registry (${list}).`,
          ko: `\`FROM ${describeImage(image)}\`은(는) 신뢰 목록(${list})에 없는 \`${registry}\`에서 가져옵니다.`,
        },
      });
    }
    // `COPY --from=image` and `RUN --mount=…,from=image` pull an image too.
    const globals = new Map(ctx.model.globalArgs.map((a) => [a.name, a.value] as const));
    for (const ref of stageRefs(ctx.model)) {
      if (ref.kind === 'from' || ref.target !== null || !looksLikeImage(ref.value)) continue;
      const image = buildImageRef(ref.value, ref.span, null, globals, new Map());
      if (image.unresolved.length > 0 || image.resolved.includes('$') || image.scratch) continue;
      if (trusted.some((t) => allows(t, image.registry, image.name))) continue;
      const registry = image.registry ?? 'docker.io';
      const flag = ref.kind === 'copy' ? `COPY --from=${ref.value}` : `--mount from=${ref.value}`;
      ctx.report({
        span: ref.span,
        message: {
          en: `\`${flag}\` pulls an image from \`${registry}\`, which is not a trusted registry (${list}).`,
          ko: `\`${flag}\`은(는) 신뢰 목록(${list})에 없는 \`${registry}\`에서 이미지를 가져옵니다.`,
        },
      });
    }
  },
});
