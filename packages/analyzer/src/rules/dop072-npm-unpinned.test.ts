import { describe, expect, it } from 'vitest';
import { lint } from '../testing/lint.js';
import { rule } from './dop072-npm-unpinned.js';

describe('DOP072 npm-unpinned', () => {
  it('fires on named packages without versions', () => {
    expect(lint(rule, 'FROM node:22\nRUN npm install -g typescript')).toHaveLength(1);
    expect(lint(rule, 'FROM node:22\nRUN yarn add lodash')).toHaveLength(1);
    expect(lint(rule, 'FROM node:22\nRUN npm i -g @angular/cli')).toHaveLength(1);
  });

  it('does not fire on pinned packages, bare installs, paths, tarballs or git URLs', () => {
    for (const run of [
      'npm install -g typescript@5.6.3',
      'npm i -g @angular/cli@18.2.0',
      'npm install',
      'npm ci',
      'npm install ./pkg.tgz',
      'npm install github:user/repo#abc1234',
      'npm install "$PKG"',
    ]) {
      expect(lint(rule, `FROM node:22\nRUN ${run}`), run).toEqual([]);
    }
  });

  it('honours the hadolint id', () => {
    expect(lint(rule, 'FROM node:22\n# hadolint ignore=DL3016\nRUN npm install -g typescript')).toEqual([]);
  });
});
