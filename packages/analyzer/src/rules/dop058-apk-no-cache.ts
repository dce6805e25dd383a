import { cacheHandled, missingFlagRule, reachesImage, said } from './support/packages.js';

/** `apk add` keeps its index in /var/cache/apk unless told not to. */
export const rule = missingFlagRule({
  meta: {
    id: 'DOP058',
    slug: 'apk-no-cache',
    title: { en: 'apk add without --no-cache', ko: '--no-cache 없는 apk add' },
    severity: 'info',
    practices: ['P17'],
    aka: { hadolint: ['DL3019'], trivy: ['DS-0025'] },
    fixable: 'safe',
    explanation: {
      en: 'apk stores the package index it downloads in /var/cache/apk, and it stays in the layer. `apk add --no-cache` fetches a fresh index and keeps nothing, so no separate `apk update` or `rm -rf /var/cache/apk/*` is needed; a cache mount on /var/cache/apk (or /etc/apk/cache) is the other good answer and speeds up rebuilds. Stages that are only copied from are not checked: their files never reach the image.',
      ko: 'apk는 내려받은 패키지 목록을 /var/cache/apk에 두고, 그 파일이 레이어에 남습니다. `apk add --no-cache`는 목록을 새로 받아 쓰고 아무것도 남기지 않으므로 `apk update`나 `rm -rf /var/cache/apk/*`를 따로 할 필요가 없습니다. /var/cache/apk(또는 /etc/apk/cache)에 캐시 마운트를 거는 것도 좋은 방법이고 재빌드도 빨라집니다. 복사만 해 가는 빌드 스테이지는 검사하지 않습니다. 그 파일은 최종 이미지에 들어가지 않기 때문입니다.',
    },
    examples: {
      bad: 'FROM alpine:3.20\nRUN apk add curl\n',
      badLines: [2],
      onbuild: 'same',
      good: 'FROM alpine:3.20\nRUN apk add --no-cache curl\n',
    },
  },
  managers: ['apk'],
  flags: () => ['--no-cache'],
  // A cleanup in the same RUN or a cache/tmpfs mount already keeps the index out.
  skip: (ctx, c) => cacheHandled(c) || !reachesImage(ctx.model, c.ins),
  insert: '--no-cache',
  safety: 'safe',
  message: (c) => ({
    en: `\`${said(c.call)}\` leaves the package index in /var/cache/apk: add --no-cache.`,
    ko: `\`${said(c.call)}\` 명령이 패키지 목록을 /var/cache/apk에 남깁니다. --no-cache를 붙이세요.`,
  }),
  fixTitle: { en: 'Add --no-cache', ko: '--no-cache 추가' },
});
