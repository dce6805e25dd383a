import { describe, expect, it } from 'vitest';
import { lint } from '../testing/lint.js';
import { rule } from './dop078-dev-dependencies-in-final-image.js';

describe('DOP078 dev-dependencies-in-final-image', () => {
  it('fires on full installs in the final stage', () => {
    for (const run of [
      'npm ci',
      'npm install',
      'yarn install --frozen-lockfile',
      'pnpm install --frozen-lockfile',
      'poetry install --no-root',
    ]) {
      expect(lint(rule, `FROM node:22\nRUN ${run}`), run).toHaveLength(1);
    }
  });

  it('does not fire on production installs, NODE_ENV=production, build stages or stages that build', () => {
    for (const run of [
      'npm ci --omit=dev',
      'npm ci --only=production',
      'yarn install --production',
      'pnpm install --prod',
      'poetry install --only main',
      'NODE_ENV=production npm ci',
    ]) {
      expect(lint(rule, `FROM node:22\nRUN ${run}`), run).toEqual([]);
    }
    expect(lint(rule, 'FROM node:22\nENV NODE_ENV=production\nRUN npm ci')).toEqual([]);
    expect(lint(rule, 'FROM node:22 AS b\nRUN npm ci\nFROM node:22-slim\nCOPY --from=b /app /app')).toEqual(
      [],
    );
    expect(lint(rule, 'FROM node:22\nRUN npm ci\nRUN npm run build')).toEqual([]);
  });
});
