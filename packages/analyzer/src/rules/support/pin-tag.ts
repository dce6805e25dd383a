import { PINNED_TAGS, TAGS_CHECKED } from '../../knowledge/image-tags.js';
import type { ImageRef } from '../../model/types.js';
import type { Report } from '../define.js';

/**
 * `node` / `node:latest` → `node:22`, for the images knowledge/image-tags.ts knows a supported tag
 * of. Always `review`: it rests on a fact outside the file, the tag current when the table was
 * checked (TAGS_CHECKED), which may be older or newer than what the build pulled until now.
 */
export function pinTagFix(image: ImageRef): Report['fix'] {
  if (image.stage !== null || image.scratch || image.digest || image.unresolved.length > 0) return undefined;
  if (image.raw.includes('$') || (image.tag !== null && image.tag !== 'latest')) return undefined;
  const key = image.registry ? `${image.registry}/${image.name}` : image.name.replace(/^library\//, '');
  const tag = PINNED_TAGS[key];
  if (!tag) return undefined;
  const repo = image.tag ? image.raw.slice(0, image.raw.length - image.tag.length - 1) : image.raw;
  const pinned = `${repo}:${tag}`;
  return {
    title: {
      en: `Pin \`${image.raw}\` to \`${pinned}\` (a supported tag as of ${TAGS_CHECKED}: check for a newer one)`,
      ko: `\`${image.raw}\`을(를) \`${pinned}\`(으)로 고정 (${TAGS_CHECKED} 기준 지원 태그, 더 새 태그가 있는지 확인)`,
    },
    safety: 'review',
    edits: [{ start: image.span.start, end: image.span.end, text: pinned }],
  };
}
