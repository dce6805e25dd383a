import { describe, expect, it } from 'vitest';
import { fixed, lint } from '../testing/lint.js';
import { rule } from './dop077-npm-cache-not-cleaned.js';

describe('DOP077 npm-cache-not-cleaned', () => {
  it('fires on npm ci/install in the final stage', () => {
    expect(lint(rule, 'FROM node:22\nRUN npm ci')).toHaveLength(1);
  });

  it('does not fire with a clean, a cache mount, or in a build stage', () => {
    expect(lint(rule, 'FROM node:22\nRUN npm ci && npm cache clean --force')).toEqual([]);
    expect(lint(rule, 'FROM node:22\nRUN --mount=type=cache,target=/root/.npm npm ci')).toEqual([]);
    expect(lint(rule, 'FROM node:22 AS b\nRUN npm ci\nFROM node:22-slim\nCOPY --from=b /app /app')).toEqual(
      [],
    );
  });

  it('appends the clean', () => {
    expect(fixed(rule, 'FROM node:22\nRUN npm ci')).toBe(
      'FROM node:22\nRUN npm ci && npm cache clean --force',
    );
  });
});
