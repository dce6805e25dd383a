import { describe, expect, it } from 'vitest';
import { asOnbuild, fixed, lint } from '../testing/lint.js';
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
    expect(fixed(rule, 'FROM node:22\nRUN pnpm install --prod')).toBe(
      'FROM node:22\nRUN pnpm install --frozen-lockfile --prod',
    );
    expect(lint(rule, 'FROM node:22\nRUN npm install')[0]!.fix!.safety).toBe('review');
  });

  it('offers no fix when the stage visibly copied package.json without its lock file', () => {
    const found = lint(rule, 'FROM node:22\nWORKDIR /app\nCOPY package.json ./\nRUN npm install');
    expect(found).toHaveLength(1);
    expect(found[0]!.fix).toBeUndefined();
    expect(found[0]!.message.en).toBe(
      '`npm install` does not enforce the lock file: copy package-lock.json into the image too, then use `npm ci`.',
    );
    for (const copy of ['COPY package.json package-lock.json ./', 'COPY package*.json ./', 'COPY . .']) {
      const text = `FROM node:22\nWORKDIR /app\n${copy}\nRUN npm install`;
      expect(lint(rule, text)[0]!.fix, copy).toBeDefined();
    }
  });

  it('reads ONBUILD, sh -c and heredocs', () => {
    expect(lint(rule, asOnbuild('FROM node:22\nRUN npm install'))).toHaveLength(1);
    expect(lint(rule, 'FROM node:22\nRUN ["sh", "-c", "npm install"]')).toHaveLength(1);
    expect(lint(rule, 'FROM node:22\nRUN <<EOF\nnpm install\nEOF')).toHaveLength(1);
  });
});
