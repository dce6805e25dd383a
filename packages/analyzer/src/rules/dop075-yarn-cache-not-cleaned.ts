import { cacheRule, said } from './support/packages.js';

export const rule = cacheRule({
  meta: {
    id: 'DOP075',
    slug: 'yarn-cache-not-cleaned',
    title: { en: 'yarn cache left in the layer', ko: 'yarn 캐시가 레이어에 남음' },
    severity: 'info',
    practices: ['P17'],
    aka: { hadolint: ['DL3060'] },
    fixable: 'safe',
    explanation: {
      en: 'Yarn 1 keeps a copy of every package it installs in its global cache (/usr/local/share/.cache/yarn in the official images), roughly doubling what node_modules takes. Run `yarn cache clean` in the same RUN, or use a cache mount on the cache folder. Build stages are not checked.',
      ko: 'Yarn 1은 설치한 모든 패키지의 사본을 전역 캐시(공식 이미지에서는 /usr/local/share/.cache/yarn)에 두어 node_modules 용량이 거의 두 배가 됩니다. 같은 RUN에서 `yarn cache clean`을 하거나 캐시 폴더에 캐시 마운트를 쓰세요. 빌드 스테이지는 검사하지 않습니다.',
    },
    examples: {
      bad: 'FROM node:22-slim\nCOPY package.json yarn.lock ./\nRUN yarn install --frozen-lockfile\n',
      badLines: [3],
      onbuild: 'same',
      good: 'FROM node:22-slim\nCOPY package.json yarn.lock ./\nRUN yarn install --frozen-lockfile && yarn cache clean\n',
    },
  },
  managers: ['yarn'],
  cleanup: 'yarn cache clean',
  finalStageOnly: true,
  message: (c) => ({
    en: `The yarn cache from \`${said(c.call)}\` stays in the image: add \`yarn cache clean\` to the RUN.`,
    ko: `\`${said(c.call)}\`의 yarn 캐시가 이미지에 남습니다. RUN에 \`yarn cache clean\`을(를) 붙이세요.`,
  }),
  fixTitle: { en: 'Clean the yarn cache in the same RUN', ko: '같은 RUN에서 yarn 캐시 정리' },
});
