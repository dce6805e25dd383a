import { missingFlagRule, said } from './support/packages.js';

/** apt installs "Recommends" by default: often tens of MB nobody asked for. */
export const rule = missingFlagRule({
  meta: {
    id: 'DOP051',
    slug: 'apt-no-install-recommends',
    title: {
      en: 'apt-get install without --no-install-recommends',
      ko: '--no-install-recommends 없는 apt-get install',
    },
    severity: 'info',
    practices: ['P18', 'P09'],
    aka: { hadolint: ['DL3015'], trivy: ['DS-0029'] },
    fixable: 'review',
    explanation: {
      en: 'By default apt also installs every package the named ones merely recommend: documentation, extra tools, often tens of megabytes and more attack surface. Add --no-install-recommends and name what you really need; check the image still works, since a recommended package is occasionally required.',
      ko: 'apt는 기본적으로 지정한 패키지가 "추천"하는 패키지까지 설치합니다. 문서나 부가 도구가 수십 MB씩 붙고 공격 표면도 넓어집니다. --no-install-recommends를 붙이고 정말 필요한 패키지만 적으세요. 추천 패키지가 실제로 필요한 경우도 가끔 있으니 이미지가 잘 동작하는지 확인하세요.',
    },
    examples: {
      bad: 'FROM debian:12-slim\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\n',
      good: 'FROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\n',
    },
  },
  managers: ['apt-get', 'apt'],
  flags: (c) => c.call.pm.noRecommends,
  insert: '--no-install-recommends',
  safety: 'review',
  message: (c) => ({
    en: `\`${said(c.call)}\` also installs recommended packages; add --no-install-recommends.`,
    ko: `\`${said(c.call)}\`은(는) 추천 패키지까지 설치합니다. --no-install-recommends를 붙이세요.`,
  }),
  fixTitle: { en: 'Add --no-install-recommends', ko: '--no-install-recommends 추가' },
});
