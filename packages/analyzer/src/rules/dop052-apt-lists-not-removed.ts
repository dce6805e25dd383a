import { cacheRule, said } from './support/packages.js';

/**
 * The package lists apt-get update downloads (~20–50 MB) stay in the layer unless removed in the
 * same RUN. Only the final stage matters: a build stage's files never reach the image.
 */
export const rule = cacheRule({
  meta: {
    id: 'DOP052',
    slug: 'apt-lists-not-removed',
    title: { en: 'apt lists left in the layer', ko: 'apt 목록이 레이어에 남음' },
    severity: 'info',
    practices: ['P17', 'P16'],
    aka: { hadolint: ['DL3009'] },
    fixable: 'safe',
    explanation: {
      en: 'apt-get update downloads package lists (tens of MB) into /var/lib/apt/lists; unless the same RUN deletes them they are stored in the image for good — a later RUN cannot remove them. End the RUN with `rm -rf /var/lib/apt/lists/*`, or today better, use a cache mount (`RUN --mount=type=cache,target=/var/lib/apt/lists …`), which also speeds up rebuilds. Build stages are not checked: their files never reach the final image.',
      ko: 'apt-get update는 패키지 목록(수십 MB)을 /var/lib/apt/lists에 내려받습니다. 같은 RUN에서 지우지 않으면 이미지에 영구히 남고, 뒤의 RUN으로는 지울 수 없습니다. RUN 끝에 `rm -rf /var/lib/apt/lists/*`를 붙이거나, 요즘은 재빌드도 빨라지는 캐시 마운트(`RUN --mount=type=cache,target=/var/lib/apt/lists …`)가 더 좋습니다. 빌드 스테이지는 검사하지 않습니다. 그 파일은 최종 이미지에 들어가지 않기 때문입니다.',
    },
    examples: {
      bad: 'FROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl\n',
      good: 'FROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\n',
    },
  },
  managers: ['apt-get', 'apt'],
  cleanup: 'rm -rf /var/lib/apt/lists/*',
  finalStageOnly: true,
  message: (c) => ({
    en: `The package lists from this RUN stay in the image: end it with \`rm -rf /var/lib/apt/lists/*\` (after \`${said(c.call)}\`) or use a cache mount.`,
    ko: `이 RUN의 패키지 목록이 이미지에 남습니다. \`${said(c.call)}\` 뒤에 \`rm -rf /var/lib/apt/lists/*\`를 붙이거나 캐시 마운트를 쓰세요.`,
  }),
  fixTitle: { en: 'Remove the apt lists in the same RUN', ko: '같은 RUN에서 apt 목록 삭제' },
});
