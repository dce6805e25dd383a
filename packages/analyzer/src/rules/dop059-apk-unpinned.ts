import { list, pinRule, said } from './support/packages.js';

export const rule = pinRule({
  meta: {
    id: 'DOP059',
    slug: 'apk-unpinned',
    title: { en: 'apk packages without versions', ko: '버전 없는 apk 패키지' },
    severity: 'info',
    practices: ['P08'],
    aka: { hadolint: ['DL3018'] },
    fixable: 'none',
    explanation: {
      en: 'Without `pkg=version` (or `pkg~1.2`), a rebuild gets whatever Alpine has that day. Alpine keeps only the latest build of each package per branch, so exact pins break when a fix is released; `~major.minor` pins or a pinned base image (tag plus digest) are the practical middle ground. Versions in variables count as pinned.',
      ko: '`pkg=버전`(또는 `pkg~1.2`)이 없으면 재빌드할 때 그날 Alpine에 있는 버전이 들어옵니다. Alpine은 브랜치마다 각 패키지의 최신 빌드만 두므로 정확히 고정하면 수정판이 나올 때 빌드가 깨집니다. `~주.부` 고정이나 베이스 이미지를 태그와 다이제스트로 고정하는 것이 현실적인 절충입니다. 변수로 준 버전은 고정된 것으로 봅니다.',
    },
    examples: {
      bad: 'FROM alpine:3.20\nRUN apk add --no-cache curl\n',
      badLines: [2],
      onbuild: 'same',
      good: 'FROM alpine:3.20\nRUN apk add --no-cache curl~8.9\n',
    },
  },
  managers: ['apk'],
  message: (c, names) => ({
    en: `\`${said(c.call)}\` of ${list(names)} without a version.`,
    ko: `\`${said(c.call)}\`: ${list(names)}에 버전이 없습니다.`,
  }),
});
