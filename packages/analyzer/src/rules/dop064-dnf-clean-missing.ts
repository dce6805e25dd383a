import { cleanupRule } from './support/os-packages.js';
import { said } from './support/packages.js';

/** dnf keeps downloaded packages and metadata in /var/cache/dnf unless cleaned in the same RUN. */
export const rule = cleanupRule({
  meta: {
    id: 'DOP064',
    slug: 'dnf-clean-missing',
    title: { en: 'dnf cache left in the layer', ko: 'dnf 캐시가 레이어에 남음' },
    severity: 'info',
    practices: ['P17', 'P16'],
    aka: { hadolint: ['DL3040'], trivy: ['DS-0019', 'DS-0027'] },
    fixable: 'safe',
    explanation: {
      en: 'dnf keeps repository metadata and downloaded packages in /var/cache/dnf; unless the same RUN runs `dnf clean all`, they stay in the image for good, since a later RUN cannot shrink an earlier layer. End the RUN with `dnf clean all` (`microdnf clean all` on ubi-minimal, which has no dnf), or better today, mount a cache on /var/cache/dnf (`RUN --mount=type=cache,target=/var/cache/dnf …`), which also speeds up rebuilds. Stages that are only copied from are not checked: their files never reach the image.',
      ko: 'dnf는 저장소 메타데이터와 내려받은 패키지를 /var/cache/dnf에 쌓아 둡니다. 같은 RUN에서 `dnf clean all`을 실행하지 않으면 이 파일이 이미지에 그대로 남고, 뒤의 RUN에서 지워도 앞 레이어는 줄어들지 않습니다. RUN 끝에 `dnf clean all`(dnf가 없는 ubi-minimal에서는 `microdnf clean all`)을 붙이거나, 요즘은 재빌드까지 빨라지는 캐시 마운트(`RUN --mount=type=cache,target=/var/cache/dnf …`)를 쓰는 편이 낫습니다. 복사만 해 가는 빌드 스테이지는 검사하지 않습니다. 그 파일은 최종 이미지에 들어가지 않기 때문입니다.',
    },
    examples: {
      bad: 'FROM fedora:40\nRUN dnf install -y nginx-1.26.2\n',
      badLines: [2],
      onbuild: 'same',
      good: 'FROM fedora:40\nRUN dnf install -y nginx-1.26.2 && dnf clean all\n',
    },
  },
  managers: ['dnf', 'microdnf'],
  // ubi-minimal has microdnf and no dnf.
  cleanup: (c) => `${c.call.pm.id === 'microdnf' ? 'microdnf' : 'dnf'} clean all`,
  message: (c, cleanup) => ({
    en: `The dnf cache from \`${said(c.call)}\` stays in the image: end the RUN with \`${cleanup}\` or mount a cache on /var/cache/dnf.`,
    ko: `\`${said(c.call)}\` 명령이 남긴 dnf 캐시가 이미지에 남습니다. RUN 끝에 \`${cleanup}\`을(를) 붙이거나 /var/cache/dnf에 캐시 마운트를 쓰세요.`,
  }),
  fixTitle: { en: 'Clean the dnf cache in the same RUN', ko: '같은 RUN에서 dnf 캐시 정리' },
});
