import { describe, expect, it } from 'vitest';
import { fixed, lint } from '../testing/lint.js';
import { rule } from './dop076-install-without-lockfile.js';

describe('DOP076 install-without-lockfile', () => {
  it('fires on npm install, yarn install and pnpm install without lock enforcement', () => {
    for (const run of ['npm install', 'npm i --omit=dev', 'yarn', 'yarn install', 'pnpm install']) {
      expect(lint(rule, `FROM node:22\nRUN ${run}`), run).toHaveLength(1);
    }
  });

  it('does not fire on npm ci, frozen installs, global or named installs', () => {
    for (const run of [
      'npm ci',
      'yarn install --frozen-lockfile',
      'yarn install --immutable',
      'pnpm install --frozen-lockfile',
      'npm install -g pnpm@9',
      'npm install left-pad@1.3.0',
    ]) {
      expect(lint(rule, `FROM node:22\nRUN ${run}`), run).toEqual([]);
    }
  });

  it('turns npm install into npm ci (review)', () => {
    expect(fixed(rule, 'FROM node:22\nRUN npm install --omit=dev')).toBe(
      'FROM node:22\nRUN npm ci --omit=dev',
    );
    expect(lint(rule, 'FROM node:22\nRUN yarn install')[0]!.fix).toBeUndefined();
  });
});
