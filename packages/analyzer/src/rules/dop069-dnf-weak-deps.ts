import { isInstall } from '../knowledge/invocation.js';
import { missingFlagRule, said } from './support/packages.js';

/** `--setopt=install_weak_deps=False` or `--setopt install_weak_deps=0`, any spelling of false. */
function weakDepsOff(args: string[]): boolean {
  return args.some((a, i) => {
    const v = a === '--setopt' ? (args[i + 1] ?? '') : a.startsWith('--setopt=') ? a.slice(9) : '';
    return /^install_weak_deps=(false|0|no)$/i.test(v);
  });
}

/** dnf's counterpart of apt's recommends: weak dependencies, installed unless switched off. */
export const rule = missingFlagRule({
  meta: {
    id: 'DOP069',
    slug: 'dnf-weak-deps',
    title: { en: 'dnf install with weak dependencies', ko: '약한 의존성까지 설치하는 dnf install' },
    severity: 'info',
    practices: ['P18', 'P09'],
    aka: {},
    fixable: 'review',
    explanation: {
      en: 'dnf installs "weak" dependencies (Recommends) by default, and documentation too: extra megabytes and tools the app does not use. Add `--setopt=install_weak_deps=False` (and `--nodocs`); check the image still works, since a weak dependency is occasionally needed.',
      ko: 'dnf는 기본으로 "약한" 의존성(Recommends)과 문서까지 설치해, 앱이 쓰지 않는 도구와 용량이 늘어납니다. `--setopt=install_weak_deps=False`(와 `--nodocs`)를 붙이세요. 약한 의존성이 실제로 필요한 경우도 가끔 있으니 이미지가 잘 동작하는지 확인하세요.',
    },
    examples: {
      bad: 'FROM fedora:40\nRUN dnf install -y nginx-1.26.2 && dnf clean all\n',
      good: 'FROM fedora:40\nRUN dnf install -y --setopt=install_weak_deps=False nginx-1.26.2 && dnf clean all\n',
    },
  },
  managers: ['dnf', 'microdnf'],
  applies: (c) => isInstall(c.call) && !weakDepsOff(c.call.args.map((a) => a.value)),
  flags: () => ['--nodocs'],
  insert: '--setopt=install_weak_deps=False',
  safety: 'review',
  message: (c) => ({
    en: `\`${said(c.call)}\` also installs weak dependencies: add --setopt=install_weak_deps=False.`,
    ko: `\`${said(c.call)}\`은(는) 약한 의존성까지 설치합니다. --setopt=install_weak_deps=False를 붙이세요.`,
  }),
  fixTitle: { en: 'Skip weak dependencies', ko: '약한 의존성 제외' },
});
