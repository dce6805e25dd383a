import { cacheRule, said } from './support/packages.js';

/** zypper keeps downloaded packages and metadata in /var/cache/zypp unless cleaned in the same RUN. */
export const rule = cacheRule({
  meta: {
    id: 'DOP065',
    slug: 'zypper-clean-missing',
    title: { en: 'zypper cache left in the layer', ko: 'zypper 캐시가 레이어에 남음' },
    severity: 'info',
    practices: ['P17', 'P16'],
    aka: { hadolint: ['DL3036'], trivy: ['DS-0020'] },
    fixable: 'safe',
    explanation: {
      en: 'zypper keeps repository metadata and downloaded packages in /var/cache/zypp; unless the same RUN runs `zypper clean --all`, they are stored in the image for good (a later RUN cannot remove them). End the RUN with `zypper clean --all`, or use a cache mount on /var/cache/zypp, which also speeds up rebuilds. Build stages are not checked: their cache never reaches the final image.',
      ko: 'zypper은(는) 저장소 메타데이터와 내려받은 패키지를 /var/cache/zypp에 둡니다. 같은 RUN에서 `zypper clean --all`을(를) 실행하지 않으면 이미지에 영구히 남고, 뒤의 RUN으로는 지울 수 없습니다. RUN 끝에 `zypper clean --all`을(를) 붙이거나, 재빌드도 빨라지는 /var/cache/zypp 캐시 마운트를 쓰세요. 빌드 스테이지의 캐시는 최종 이미지에 들어가지 않으므로 검사하지 않습니다.',
    },
    examples: {
      bad: 'FROM opensuse/leap:15.6\nRUN zypper install -y nginx=1.21.5\n',
      good: 'FROM opensuse/leap:15.6\nRUN zypper install -y nginx=1.21.5 && zypper clean --all\n',
    },
  },
  managers: ['zypper'],
  cleanup: 'zypper clean --all',
  message: (c) => ({
    en: `The zypper cache from \`${said(c.call)}\` stays in the image: end the RUN with \`zypper clean --all\` or use a cache mount.`,
    ko: `\`${said(c.call)}\`의 zypper 캐시가 이미지에 남습니다. RUN 끝에 \`zypper clean --all\`을(를) 붙이거나 캐시 마운트를 쓰세요.`,
  }),
  fixTitle: { en: 'Clean the zypper cache in the same RUN', ko: '같은 RUN에서 zypper 캐시 정리' },
});
