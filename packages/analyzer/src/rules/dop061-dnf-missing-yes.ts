import { missingFlagRule, said } from './support/packages.js';

/** Without an assume-yes flag dnf stops at "Is this ok [y/N]" and the build fails. */
export const rule = missingFlagRule({
  meta: {
    id: 'DOP061',
    slug: 'dnf-missing-yes',
    title: { en: 'dnf install without -y', ko: '-y 없는 dnf install' },
    severity: 'warning',
    practices: ['P01'],
    aka: { hadolint: ['DL3038'] },
    fixable: 'safe',
    explanation: {
      en: 'A build cannot answer prompts. Without -y (or --assumeyes) dnf asks for confirmation before installing, gets no answer and the build fails. Add -y.',
      ko: '빌드는 질문에 답할 수 없습니다. -y(또는 --assumeyes)가 없으면 dnf은(는) 설치 전에 확인을 묻고, 답을 받지 못해 빌드가 실패합니다. -y를 붙이세요.',
    },
    examples: {
      bad: 'FROM fedora:40\nRUN dnf install nginx-1.26.2 && dnf clean all\n',
      good: 'FROM fedora:40\nRUN dnf install -y nginx-1.26.2 && dnf clean all\n',
    },
  },
  managers: ['dnf', 'microdnf'],
  flags: (c) => c.call.pm.yes,
  insert: '-y',
  safety: 'safe',
  message: (c) => ({
    en: `\`${said(c.call)}\` without -y waits for an answer the build cannot give.`,
    ko: `-y 없는 \`${said(c.call)}\`은(는) 빌드가 할 수 없는 응답을 기다립니다.`,
  }),
  fixTitle: { en: 'Add -y', ko: '-y 추가' },
});
