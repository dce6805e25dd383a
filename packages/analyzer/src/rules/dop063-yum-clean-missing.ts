import { cacheRule, said } from './support/packages.js';

/** yum keeps downloaded packages and metadata in /var/cache/yum unless cleaned in the same RUN. */
export const rule = cacheRule({
  meta: {
    id: 'DOP063',
    slug: 'yum-clean-missing',
    title: { en: 'yum cache left in the layer', ko: 'yum 캐시가 레이어에 남음' },
    severity: 'info',
    practices: ['P17', 'P16'],
    aka: { hadolint: ['DL3032'], trivy: ['DS-0015'] },
    fixable: 'safe',
    explanation: {
      en: 'yum keeps repository metadata and downloaded packages in /var/cache/yum; unless the same RUN runs `yum clean all`, they are stored in the image for good (a later RUN cannot remove them). End the RUN with `yum clean all`, or use a cache mount on /var/cache/yum, which also speeds up rebuilds. Build stages are not checked: their cache never reaches the final image.',
      ko: 'yum은(는) 저장소 메타데이터와 내려받은 패키지를 /var/cache/yum에 둡니다. 같은 RUN에서 `yum clean all`을(를) 실행하지 않으면 이미지에 영구히 남고, 뒤의 RUN으로는 지울 수 없습니다. RUN 끝에 `yum clean all`을(를) 붙이거나, 재빌드도 빨라지는 /var/cache/yum 캐시 마운트를 쓰세요. 빌드 스테이지의 캐시는 최종 이미지에 들어가지 않으므로 검사하지 않습니다.',
    },
    examples: {
      bad: 'FROM centos:7\nRUN yum install -y nginx-1.20.1\n',
      good: 'FROM centos:7\nRUN yum install -y nginx-1.20.1 && yum clean all\n',
    },
  },
  managers: ['yum'],
  cleanup: 'yum clean all',
  message: (c) => ({
    en: `The yum cache from \`${said(c.call)}\` stays in the image: end the RUN with \`yum clean all\` or use a cache mount.`,
    ko: `\`${said(c.call)}\`의 yum 캐시가 이미지에 남습니다. RUN 끝에 \`yum clean all\`을(를) 붙이거나 캐시 마운트를 쓰세요.`,
  }),
  fixTitle: { en: 'Clean the yum cache in the same RUN', ko: '같은 RUN에서 yum 캐시 정리' },
});
