import { cleanupRule } from './support/os-packages.js';
import { said } from './support/packages.js';

/** zypper keeps downloaded packages and metadata in /var/cache/zypp unless cleaned in the same RUN. */
export const rule = cleanupRule({
  meta: {
    id: 'DOP065',
    slug: 'zypper-clean-missing',
    title: { en: 'zypper cache left in the layer', ko: 'zypper 캐시가 레이어에 남음' },
    severity: 'info',
    practices: ['P17', 'P16'],
    aka: { hadolint: ['DL3036'], trivy: ['DS-0020'] },
    fixable: 'safe',
    explanation: {
      en: 'zypper keeps repository metadata and downloaded packages in /var/cache/zypp; unless the same RUN runs `zypper clean --all`, they stay in the image for good, since a later RUN cannot shrink an earlier layer. End the RUN with `zypper clean --all`, or better today, mount a cache on /var/cache/zypp (`RUN --mount=type=cache,target=/var/cache/zypp …`), which also speeds up rebuilds. Stages that are only copied from are not checked: their files never reach the image.',
      ko: 'zypper는 저장소 메타데이터와 내려받은 패키지를 /var/cache/zypp에 쌓아 둡니다. 같은 RUN에서 `zypper clean --all`을 실행하지 않으면 이 파일이 이미지에 그대로 남고, 뒤의 RUN에서 지워도 앞 레이어는 줄어들지 않습니다. RUN 끝에 `zypper clean --all`을 붙이거나, 요즘은 재빌드까지 빨라지는 캐시 마운트(`RUN --mount=type=cache,target=/var/cache/zypp …`)를 쓰는 편이 낫습니다. 복사만 해 가는 빌드 스테이지는 검사하지 않습니다. 그 파일은 최종 이미지에 들어가지 않기 때문입니다.',
    },
    examples: {
      bad: 'FROM opensuse/leap:15.6\nRUN zypper install -y nginx=1.21.5\n',
      badLines: [2],
      onbuild: 'same',
      good: 'FROM opensuse/leap:15.6\nRUN zypper install -y nginx=1.21.5 && zypper clean --all\n',
    },
  },
  managers: ['zypper'],
  cleanup: () => 'zypper clean --all',
  message: (c, cleanup) => ({
    en: `The zypper cache from \`${said(c.call)}\` stays in the image: end the RUN with \`${cleanup}\` or mount a cache on /var/cache/zypp.`,
    ko: `\`${said(c.call)}\` 명령이 남긴 zypper 캐시가 이미지에 남습니다. RUN 끝에 \`${cleanup}\`을(를) 붙이거나 /var/cache/zypp에 캐시 마운트를 쓰세요.`,
  }),
  fixTitle: { en: 'Clean the zypper cache in the same RUN', ko: '같은 RUN에서 zypper 캐시 정리' },
});
