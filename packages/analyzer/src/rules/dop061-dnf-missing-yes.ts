import { missingYesRule } from './support/os-packages.js';

/** Without an assume-yes flag dnf and microdnf stop at "Is this ok [y/N]" and the build fails. */
export const rule = missingYesRule(
  {
    id: 'DOP061',
    slug: 'dnf-missing-yes',
    title: { en: 'dnf install without -y', ko: '-y 없는 dnf install' },
    severity: 'warning',
    practices: ['P01'],
    aka: { hadolint: ['DL3038'] },
    fixable: 'safe',
    explanation: {
      en: 'A build cannot answer prompts. Without -y (or --assumeyes), dnf and microdnf ask "Is this ok [y/N]" before installing, reads end of input as "no" and the RUN fails. Add -y: it only answers the prompt, so the fix is safe.',
      ko: '빌드는 질문에 답할 수 없습니다. -y(또는 --assumeyes) 옵션이 없으면 dnf와 microdnf는 설치 전에 "Is this ok [y/N]"라고 묻고, 입력이 없으니 "아니요"로 받아들여 RUN이 실패합니다. -y를 붙이세요. 질문에 답만 할 뿐이라 자동 수정은 안전합니다.',
    },
    examples: {
      bad: 'FROM fedora:40\nRUN dnf install nginx-1.26.2 && dnf clean all\n',
      badLines: [2],
      onbuild: 'same',
      good: 'FROM fedora:40\nRUN dnf install -y nginx-1.26.2 && dnf clean all\n',
    },
  },
  ['dnf', 'microdnf'],
);
