import { missingYesRule } from './support/os-packages.js';

/** Without a non-interactive flag zypper stops at "Continue? [y/n/…]" and the build fails. */
export const rule = missingYesRule(
  {
    id: 'DOP062',
    slug: 'zypper-missing-yes',
    title: { en: 'zypper install without -y', ko: '-y 없는 zypper install' },
    severity: 'warning',
    practices: ['P01'],
    aka: { hadolint: ['DL3034'] },
    fixable: 'safe',
    explanation: {
      en: 'A build cannot answer prompts. Without -y after the subcommand, or -n (--non-interactive) before it, zypper asks "Continue? [y/n/…]" before installing and, with nobody to answer, aborts the RUN. Add -y: it only answers the prompt, so the fix is safe.',
      ko: '빌드는 질문에 답할 수 없습니다. 하위 명령 뒤의 -y나 앞의 -n(--non-interactive) 옵션이 없으면 zypper는 설치 전에 "Continue? [y/n/…]"라고 묻고, 답할 사람이 없으니 RUN을 중단합니다. -y를 붙이세요. 질문에 답만 할 뿐이라 자동 수정은 안전합니다.',
    },
    examples: {
      bad: 'FROM opensuse/leap:15.6\nRUN zypper install nginx=1.21.5 && zypper clean --all\n',
      badLines: [2],
      onbuild: 'same',
      good: 'FROM opensuse/leap:15.6\nRUN zypper --non-interactive install nginx=1.21.5 && zypper clean --all\n',
    },
  },
  ['zypper'],
);
