import { isInstall } from '../knowledge/invocation.js';
import { NO_WEAK_DEPS_SETTING, weakDepsOffByConfig } from './support/os-packages.js';
import { missingFlagRule, said } from './support/packages.js';

/** `--setopt=install_weak_deps=False` or `--setopt install_weak_deps=0`, any spelling of false. */
function weakDepsOff(args: readonly string[]): boolean {
  return args.some((a, i) => {
    const v = a === '--setopt' ? (args[i + 1] ?? '') : a.startsWith('--setopt=') ? a.slice(9) : '';
    return NO_WEAK_DEPS_SETTING.test(v);
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
      en: 'Like apt with its Recommends, dnf installs "weak" dependencies by default: extra packages and megabytes the app does not use, and more attack surface. Add `--setopt=install_weak_deps=False` (and `--nodocs`), or set `install_weak_deps=False` once in /etc/dnf/dnf.conf. The fix is marked for review: now and then a weak dependency is what makes a feature work, so check the image still does.',
      ko: 'apt의 추천 패키지처럼 dnf도 기본으로 "약한" 의존성까지 설치합니다. 앱이 쓰지 않는 패키지와 용량이 늘고 공격 표면도 넓어집니다. `--setopt=install_weak_deps=False`(와 `--nodocs`)를 붙이거나 /etc/dnf/dnf.conf에 `install_weak_deps=False`를 한 번 설정하세요. 가끔은 약한 의존성이 있어야 기능이 동작하므로, 자동 수정은 검토가 필요한 것으로 표시하며 수정 후 이미지가 제대로 동작하는지 확인해야 합니다.',
    },
    examples: {
      bad: 'FROM fedora:40\nRUN dnf install -y nginx-1.26.2 && dnf clean all\n',
      badLines: [2],
      onbuild: 'same',
      good: 'FROM fedora:40\nRUN dnf install -y --setopt=install_weak_deps=False nginx-1.26.2 && dnf clean all\n',
    },
  },
  managers: ['dnf', 'microdnf'],
  applies: (c) => isInstall(c.call) && !weakDepsOff(c.call.args.map((a) => a.value)),
  // --nodocs is the other half of the same advice: its presence shows the size was considered.
  flags: () => ['--nodocs'],
  skip: (ctx, c) => weakDepsOffByConfig(ctx.model, c.ins),
  insert: '--setopt=install_weak_deps=False',
  safety: 'review',
  message: (c) => ({
    en: `\`${said(c.call)}\` also installs weak dependencies: add --setopt=install_weak_deps=False.`,
    ko: `\`${said(c.call)}\` 명령이 약한 의존성까지 설치합니다. --setopt=install_weak_deps=False를 붙이세요.`,
  }),
  fixTitle: { en: 'Skip weak dependencies', ko: '약한 의존성 제외' },
});
