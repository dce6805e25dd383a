import { PINNED_TAGS, TAGS_CHECKED, UNPINNABLE } from '@dop/analyzer';
import { defineTransform } from '../transform.js';

/**
 * `FROM node` / `FROM node:latest` → `FROM node:22`: the build stops following whatever `latest`
 * means today. Always `review`: the chosen tag may be older or newer than what was running.
 */
export const transform = defineTransform({
  id: 'pin-base-tag',
  run(ctx) {
    for (const stage of ctx.model.stages) {
      const img = stage.image;
      if (
        img.stage !== null ||
        img.scratch ||
        img.digest ||
        img.unresolved.length > 0 ||
        img.raw.includes('$')
      )
        continue;
      if (img.tag !== null && img.tag !== 'latest') continue;
      const key = img.registry ? `${img.registry}/${img.name}` : img.name.replace(/^library\//, '');
      const tag = PINNED_TAGS[key];
      const why = UNPINNABLE[key];
      if (why) ctx.note({ key, message: why, spans: [img.span] });
      if (!tag) continue;
      const repo = img.tag ? img.raw.slice(0, img.raw.length - img.tag.length - 1) : img.raw;
      const pinned = `${repo}:${tag}`;
      ctx.propose({
        title: {
          en: `Pin \`${img.raw}\` to \`${pinned}\``,
          ko: `\`${img.raw}\`을(를) \`${pinned}\`(으)로 고정`,
        },
        explanation: {
          en: `\`${img.tag ? 'latest' : 'No tag'}\` means whatever the publisher pushed last: a rebuild can jump a major version without any change here. ${pinned} is a supported tag (as of ${TAGS_CHECKED}; check whether a newer one suits you, and add \`@sha256:…\` for fully repeatable builds).`,
          ko: `\`${img.tag ? 'latest' : '태그 없음'}\`은(는) 게시자가 마지막에 올린 이미지를 뜻해, 여기를 바꾸지 않아도 재빌드 때 메이저 버전이 바뀔 수 있습니다. ${pinned}은(는) 지원되는 태그입니다(${TAGS_CHECKED} 기준, 더 새 태그가 맞는지 확인하고, 완전히 재현 가능한 빌드를 원하면 \`@sha256:…\`을(를) 덧붙이세요).`,
        },
        practices: ['P07'],
        resolves: ['DOP020', 'DOP021'],
        risk: 'review',
        edits: [{ start: img.span.start, end: img.span.end, text: pinned }],
      });
    }
  },
});
