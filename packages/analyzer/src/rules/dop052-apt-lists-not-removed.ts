import { isInstall, isUpdate } from '../knowledge/invocation.js';
import { aptListsReadLater } from './support/apt-lists-later.js';
import { said } from './support/packages.js';
import { allCallsOf, aptListsHandled, cleanupRule } from './support/os-packages.js';

/**
 * The package lists `apt-get update` downloads (tens of MB) stay in the layer unless the same RUN
 * removes them or mounts a cache over them. Only layers that reach the image are checked (the
 * final stage and the stages it builds on): a build stage's files are never shipped, and there a
 * cache mount is the better advice anyway, which the explanation gives.
 */
export const rule = cleanupRule({
  meta: {
    id: 'DOP052',
    slug: 'apt-lists-not-removed',
    title: { en: 'apt lists left in the layer', ko: 'apt 패키지 목록이 레이어에 남음' },
    severity: 'info',
    practices: ['P17', 'P16'],
    aka: { hadolint: ['DL3009'] },
    fixable: 'safe',
    explanation: {
      en: '`apt-get update` downloads package lists (tens of MB) into /var/lib/apt/lists; unless the same RUN deletes them they stay in the image for good, since a later RUN cannot shrink an earlier layer (`apt-get clean` does not remove them either). End the RUN with `rm -rf /var/lib/apt/lists/*` (or `apt-get dist-clean` with apt 2.7.8 and later, as in Debian 13), or better today, mount a cache (`RUN --mount=type=cache,target=/var/lib/apt/lists …`), which also speeds up rebuilds. Stages that only get copied from are not checked: their files never reach the image.',
      ko: '`apt-get update`는 패키지 목록(수십 MB)을 /var/lib/apt/lists에 내려받습니다. 같은 RUN에서 지우지 않으면 이미지에 그대로 남고, 뒤의 RUN에서 지워도 앞 레이어는 줄어들지 않습니다(`apt-get clean`도 목록은 지우지 않습니다). RUN 끝에 `rm -rf /var/lib/apt/lists/*`(apt 2.7.8 이상, 예를 들어 Debian 13에서는 `apt-get dist-clean`)를 붙이거나, 요즘은 재빌드까지 빨라지는 캐시 마운트(`RUN --mount=type=cache,target=/var/lib/apt/lists …`)를 쓰는 편이 낫습니다. 다른 스테이지에서 복사만 해 가는 빌드 스테이지는 검사하지 않습니다. 그 파일은 최종 이미지에 들어가지 않기 때문입니다.',
    },
    examples: {
      bad: 'FROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl\n',
      badLines: [2],
      onbuild: 'same',
      good: 'FROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\n',
    },
  },
  managers: ['apt-get', 'apt', 'aptitude'],
  calls: function* (model, managers) {
    for (const c of allCallsOf(model, managers)) if (isUpdate(c.call) || isInstall(c.call)) yield c;
  },
  // Lists a later RUN still installs from must stay: that RUN (or the last such) removes them.
  handled: (c, model) => aptListsHandled(c.ins, c.call.cmd) || aptListsReadLater(model, c.ins),
  cleanup: () => 'rm -rf /var/lib/apt/lists/*',
  message: (c) => ({
    en: `The package lists of \`${said(c.call)}\` stay in the image: end this RUN with \`rm -rf /var/lib/apt/lists/*\` or mount a cache on /var/lib/apt/lists.`,
    ko: `\`${said(c.call)}\` 명령이 받은 패키지 목록이 이미지에 남습니다. 이 RUN 끝에 \`rm -rf /var/lib/apt/lists/*\`을(를) 붙이거나 /var/lib/apt/lists에 캐시 마운트를 쓰세요.`,
  }),
  fixTitle: { en: 'Remove the apt lists in the same RUN', ko: '같은 RUN에서 apt 목록 삭제' },
});
