import { describe, expect, it } from 'vitest';
import { asOnbuild, lint } from '../testing/lint.js';
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

  it('names the packages, counts one finding per call, reads ONBUILD and sh -c', () => {
    const found = lint(rule, 'FROM node:22\nRUN npm install -g typescript@5.6.3 tsx pm2 && npm ci');
    expect(found).toHaveLength(1);
    expect(found[0]!.message.en).toBe('`npm install` of tsx, pm2 without a version.');
    expect(lint(rule, asOnbuild('FROM node:22\nRUN npm install -g pm2'))).toHaveLength(1);
    expect(lint(rule, 'FROM node:22\nRUN ["sh", "-c", "npm install -g pm2"]')).toHaveLength(1);
    expect(lint(rule, 'FROM node:22\nRUN ["npm", "install", "-g", "pm2@5.4.2"]')).toEqual([]);
  });
});
