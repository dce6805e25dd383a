import { list, pinRule, said } from './support/packages.js';

export const rule = pinRule({
  meta: {
    id: 'DOP072',
    slug: 'npm-unpinned',
    title: { en: 'npm packages without versions', ko: '버전 없는 npm 패키지' },
    severity: 'info',
    practices: ['P08'],
    aka: { hadolint: ['DL3016'] },
    fixable: 'none',
    explanation: {
      en: '`npm install -g typescript` installs whatever is newest that day. Name a version (`typescript@5.6.3`), or install the project from its lock file with `npm ci`. A bare `npm install`/`npm ci` (the lock file decides), local paths, tarballs and git URLs are not reported.',
      ko: '`npm install -g typescript`는 그날의 최신 버전을 설치합니다. 버전을 적거나(`typescript@5.6.3`) 프로젝트는 잠금 파일로 `npm ci` 하세요. 인자 없는 `npm install`/`npm ci`(잠금 파일이 결정), 로컬 경로, tarball, git URL은 지적하지 않습니다.',
    },
    examples: {
      bad: 'FROM node:22-slim\nRUN npm install -g typescript\n',
      badLines: [2],
      onbuild: 'same',
      good: 'FROM node:22-slim\nRUN npm install -g typescript@5.6.3\n',
    },
  },
  managers: ['npm', 'pnpm', 'yarn'],
  message: (c, names) => ({
    en: `\`${said(c.call)}\` of ${list(names)} without a version.`,
    ko: `\`${said(c.call)}\`: ${list(names)}에 버전이 없습니다.`,
  }),
});
