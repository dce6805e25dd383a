import { isUpgrade } from '../knowledge/invocation.js';
import { defineRule } from './define.js';
import { callsOf, said } from './support/packages.js';

/**
 * Docker's guidance changed: upgrading inside the image is no longer discouraged as such, but it
 * makes the image depend on the day it was built. The reproducible fix is a newer, pinned base.
 */
export const rule = defineRule({
  meta: {
    id: 'DOP056',
    slug: 'distro-upgrade',
    title: { en: 'Whole-system upgrade in the image', ko: '이미지 안에서 시스템 전체 업그레이드' },
    severity: 'info',
    practices: ['P07', 'P08'],
    aka: { hadolint: ['DL3035'], trivy: ['DS-0024'] },
    fixable: 'none',
    explanation: {
      en: '`apt-get upgrade`, `dist-upgrade`, `apk upgrade`, `dnf/yum upgrade` and `zypper dup` pull whatever is newest on the day of the build, so two builds of the same Dockerfile differ, and the layer can be large. Docker no longer tells you never to upgrade, but the reproducible way to get fixes is a newer base image: pin a recent tag (and digest) and rebuild on purpose; upgrade only single packages when a fix cannot wait.',
      ko: '`apt-get upgrade`, `dist-upgrade`, `apk upgrade`, `dnf/yum upgrade`, `zypper dup`은 빌드한 날 가장 새 패키지를 모두 받아서, 같은 Dockerfile이라도 빌드마다 결과가 다르고 레이어도 커질 수 있습니다. Docker가 업그레이드를 금지하지는 않지만, 재현 가능한 방법은 더 새 베이스 이미지입니다. 최신 태그(와 다이제스트)로 고정하고 의도적으로 재빌드하세요. 기다릴 수 없는 수정이면 해당 패키지만 업그레이드하세요.',
    },
    examples: {
      bad: 'FROM debian:12-slim\nRUN apt-get update && apt-get dist-upgrade -y && rm -rf /var/lib/apt/lists/*\n',
      good: 'FROM debian:12.8-slim\nRUN apt-get update && apt-get install -y --no-install-recommends --only-upgrade openssl && rm -rf /var/lib/apt/lists/*\n',
    },
  },
  check(ctx) {
    for (const { call } of callsOf(ctx.model, [
      'apt-get',
      'apt',
      'apk',
      'dnf',
      'yum',
      'microdnf',
      'zypper',
    ])) {
      if (!isUpgrade(call)) continue;
      // `yum update pkg` / `dnf upgrade pkg` upgrade named packages only.
      if (call.operands.length > 0 && call.pm.id !== 'apk') continue;
      if (call.pm.id === 'apk' && call.operands.length > 0) continue;
      ctx.report({
        span: call.cmd.span,
        message: {
          en: `\`${said(call)}\` makes the image depend on the day it is built: pin a newer base image instead.`,
          ko: `\`${said(call)}\`은(는) 이미지를 빌드한 날에 좌우되게 만듭니다. 대신 더 새 베이스 이미지로 고정하세요.`,
        },
      });
    }
  },
});
