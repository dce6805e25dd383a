import { isUpgrade } from '../knowledge/invocation.js';
import { defineRule } from './define.js';
import { OS_MANAGERS } from './support/os-packages.js';
import { callsOf, said } from './support/packages.js';

/**
 * Docker's guide used to say "avoid apt-get upgrade"; it no longer does (docker/docs#12571) and
 * hadolint dropped DL3005 for the same reason: installing security fixes is legitimate. What is
 * left is reproducibility, so this is an info finding that points at the base image.
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
      en: '`apt-get upgrade`/`dist-upgrade`, `apk upgrade`, `dnf`/`yum upgrade` and `zypper dup` install whatever is newest on the day of the build, so two builds of the same Dockerfile differ and the layer can be large. Docker no longer advises against upgrading (the old "unprivileged container" argument is gone) and security fixes are a fair reason to do it; but the reproducible way to get them is a fresher base image: use a maintained tag, rebuild with `--pull` on a schedule, and pin the digest. If the base lags behind a fix you need, upgrade just that package (`apt-get install --only-upgrade openssl`) or keep the upgrade and silence this finding.',
      ko: '`apt-get upgrade`/`dist-upgrade`, `apk upgrade`, `dnf`/`yum upgrade`, `zypper dup`은 빌드한 날 가장 새로운 패키지를 모두 설치하므로, 같은 Dockerfile이라도 빌드할 때마다 결과가 달라지고 레이어도 커질 수 있습니다. Docker 문서는 더 이상 업그레이드를 말리지 않고("권한 없는 컨테이너" 논리는 사라졌습니다) 보안 수정을 받으려는 업그레이드는 타당한 이유입니다. 다만 재현 가능한 방법은 더 새로운 베이스 이미지입니다. 관리되는 태그를 쓰고, 주기적으로 `--pull`로 다시 빌드하고, 다이제스트를 고정하세요. 베이스 이미지에 아직 없는 수정이 꼭 필요하면 그 패키지만 올리거나(`apt-get install --only-upgrade openssl`) 업그레이드를 유지하고 이 경고를 끄세요.',
    },
    examples: {
      bad: 'FROM debian:12-slim\nRUN apt-get update && apt-get dist-upgrade -y && rm -rf /var/lib/apt/lists/*\n',
      badLines: [2],
      onbuild: 'same',
      good: 'FROM debian:12.8-slim\nRUN apt-get update && apt-get install -y --no-install-recommends --only-upgrade openssl && rm -rf /var/lib/apt/lists/*\n',
    },
  },
  check(ctx) {
    for (const { call } of callsOf(ctx.model, [...OS_MANAGERS])) {
      // `yum update openssl`, `apk upgrade openssl`: named packages only, the advised alternative.
      if (!isUpgrade(call) || call.operands.length > 0) continue;
      ctx.report({
        span: call.cmd.span,
        message: {
          en: `\`${said(call)}\` upgrades every package to whatever is newest on build day: prefer a fresher, pinned base image.`,
          ko: `\`${said(call)}\` 명령은 모든 패키지를 빌드한 날의 최신판으로 올립니다. 더 새로운 베이스 이미지를 고정해 쓰는 편이 낫습니다.`,
        },
      });
    }
  },
});
