import { list, pinRule, said } from './support/packages.js';

export const rule = pinRule({
  meta: {
    id: 'DOP067',
    slug: 'dnf-unpinned',
    title: { en: 'dnf packages without versions', ko: '버전 없는 dnf 패키지' },
    severity: 'info',
    practices: ['P08'],
    aka: { hadolint: ['DL3041'] },
    fixable: 'none',
    explanation: {
      en: 'Without a version (`pkg-1.2.3`) a rebuild installs whatever the repositories have that day. Pin versions where rebuilds must be repeatable, or pin the base image by digest and rebuild on purpose. Versions in variables and local .rpm files count as pinned.',
      ko: '버전(`pkg-1.2.3`)이 없으면 재빌드할 때 그날 저장소에 있는 버전이 설치됩니다. 재빌드가 같아야 한다면 버전을 고정하거나, 베이스 이미지를 다이제스트로 고정하고 의도적으로 재빌드하세요. 변수로 준 버전과 로컬 .rpm 파일은 고정된 것으로 봅니다.',
    },
    examples: {
      bad: 'FROM fedora:40\nRUN dnf install -y nginx\n',
      badLines: [2],
      onbuild: 'same',
      good: 'FROM fedora:40\nRUN dnf install -y nginx-1.26.2\n',
    },
  },
  managers: ['dnf', 'microdnf'],
  message: (c, names) => ({
    en: `\`${said(c.call)}\` of ${list(names)} without a version.`,
    ko: `\`${said(c.call)}\`: ${list(names)}에 버전이 없습니다.`,
  }),
});
