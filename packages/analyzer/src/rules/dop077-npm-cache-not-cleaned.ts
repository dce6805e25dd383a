import { cacheRule, said } from './support/packages.js';

export const rule = cacheRule({
  meta: {
    id: 'DOP077',
    slug: 'npm-cache-not-cleaned',
    title: { en: 'npm cache left in the layer', ko: 'npm 캐시가 레이어에 남음' },
    severity: 'info',
    practices: ['P17'],
    aka: {},
    fixable: 'safe',
    explanation: {
      en: 'npm keeps a copy of every tarball it downloads in ~/.npm/_cacache, often as large as node_modules itself, and a Docker layer never reuses it. Add `npm cache clean --force` to the same RUN, or use a cache mount on /root/.npm, which also speeds up rebuilds. Build stages are not checked.',
      ko: 'npm은 내려받은 모든 tarball을 ~/.npm/_cacache에 두며, 흔히 node_modules만큼 큽니다. Docker 레이어에서는 다시 쓰이지 않습니다. 같은 RUN에 `npm cache clean --force`를 붙이거나, 재빌드도 빨라지는 /root/.npm 캐시 마운트를 쓰세요. 빌드 스테이지는 검사하지 않습니다.',
    },
    examples: {
      bad: 'FROM node:22-slim\nCOPY package.json package-lock.json ./\nRUN npm ci --omit=dev\n',
      badLines: [3],
      onbuild: 'same',
      good: 'FROM node:22-slim\nCOPY package.json package-lock.json ./\nRUN --mount=type=cache,target=/root/.npm npm ci --omit=dev\n',
    },
  },
  managers: ['npm'],
  cleanup: 'npm cache clean --force',
  finalStageOnly: true,
  message: (c) => ({
    en: `The npm cache from \`${said(c.call)}\` stays in the image: add \`npm cache clean --force\` or use a cache mount.`,
    ko: `\`${said(c.call)}\`의 npm 캐시가 이미지에 남습니다. \`npm cache clean --force\`을(를) 붙이거나 캐시 마운트를 쓰세요.`,
  }),
  fixTitle: { en: 'Clean the npm cache in the same RUN', ko: '같은 RUN에서 npm 캐시 정리' },
});
