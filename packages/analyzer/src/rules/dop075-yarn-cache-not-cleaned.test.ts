import { describe, expect, it } from 'vitest';
import { fixed, lint } from '../testing/lint.js';
import { rule } from './dop075-yarn-cache-not-cleaned.js';

describe('DOP075 yarn-cache-not-cleaned', () => {
  it('fires on yarn install/add without a cache clean', () => {
    expect(lint(rule, 'FROM node:22\nRUN yarn install')).toHaveLength(1);
    expect(lint(rule, 'FROM node:22\nRUN yarn add left-pad@1.3.0')).toHaveLength(1);
  });

  it('does not fire with a clean, a cache mount, or in a build stage', () => {
    expect(lint(rule, 'FROM node:22\nRUN yarn install && yarn cache clean')).toEqual([]);
    expect(
      lint(rule, 'FROM node:22\nRUN --mount=type=cache,target=/usr/local/share/.cache/yarn yarn install'),
    ).toEqual([]);
    expect(
      lint(
        rule,
        'FROM node:22 AS build\nRUN yarn install\nFROM nginx:1\nCOPY --from=build /dist /usr/share/nginx/html',
      ),
    ).toEqual([]);
  });

  it('appends the clean', () => {
    expect(fixed(rule, 'FROM node:22\nRUN yarn install')).toBe(
      'FROM node:22\nRUN yarn install && yarn cache clean',
    );
  });

  it('honours the hadolint id', () => {
    expect(lint(rule, 'FROM node:22\n# hadolint ignore=DL3060\nRUN yarn install')).toEqual([]);
  });
});
