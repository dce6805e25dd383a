import { cacheRule, said } from './support/packages.js';

/** dnf keeps downloaded packages and metadata in /var/cache/dnf unless cleaned in the same RUN. */
export const rule = cacheRule({
  meta: {
    id: 'DOP064',
    slug: 'dnf-clean-missing',
    title: { en: 'dnf cache left in the layer', ko: 'dnf 캐시가 레이어에 남음' },
    severity: 'info',
    practices: ['P17', 'P16'],
    aka: { hadolint: ['DL3040'], trivy: ['DS-0019', 'DS-0027'] },
    fixable: 'safe',
    explanation: {
      en: 'dnf keeps repository metadata and downloaded packages in /var/cache/dnf; unless the same RUN runs `dnf clean all`, they are stored in the image for good (a later RUN cannot remove them). End the RUN with `dnf clean all`, or use a cache mount on /var/cache/dnf, which also speeds up rebuilds. Build stages are not checked: their cache never reaches the final image.',
      ko: 'dnf은(는) 저장소 메타데이터와 내려받은 패키지를 /var/cache/dnf에 둡니다. 같은 RUN에서 `dnf clean all`을(를) 실행하지 않으면 이미지에 영구히 남고, 뒤의 RUN으로는 지울 수 없습니다. RUN 끝에 `dnf clean all`을(를) 붙이거나, 재빌드도 빨라지는 /var/cache/dnf 캐시 마운트를 쓰세요. 빌드 스테이지의 캐시는 최종 이미지에 들어가지 않으므로 검사하지 않습니다.',
    },
    examples: {
      bad: 'FROM fedora:40\nRUN dnf install -y nginx-1.26.2\n',
      good: 'FROM fedora:40\nRUN dnf install -y nginx-1.26.2 && dnf clean all\n',
    },
  },
  managers: ['dnf', 'microdnf'],
  cleanup: (c) => `${c.call.pm.id === 'microdnf' ? 'microdnf' : 'dnf'} clean all`,
  message: (c) => ({
    en: `The dnf cache from \`${said(c.call)}\` stays in the image: end the RUN with \`dnf clean all\` or use a cache mount.`,
    ko: `\`${said(c.call)}\`의 dnf 캐시가 이미지에 남습니다. RUN 끝에 \`dnf clean all\`을(를) 붙이거나 캐시 마운트를 쓰세요.`,
  }),
  fixTitle: { en: 'Clean the dnf cache in the same RUN', ko: '같은 RUN에서 dnf 캐시 정리' },
});
