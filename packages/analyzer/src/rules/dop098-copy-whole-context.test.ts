import { describe, expect, it } from 'vitest';
import { asOnbuild, lint } from '../testing/lint.js';
import { rule } from './dop098-copy-whole-context.js';

describe('DOP098 copy-whole-context', () => {
  it('fires on the whole context copied into the final image', () => {
    for (const src of ['.', './', '*', '"."', '["." , "/app"]']) {
      const text = src.startsWith('[') ? `FROM node:22\nCOPY ${src}` : `FROM node:22\nCOPY ${src} /app/`;
      expect(lint(rule, text), src).toHaveLength(1);
    }
    expect(lint(rule, 'FROM node:22\nADD . /app')).toHaveLength(1);
    expect(lint(rule, 'FROM node:22 AS base\nCOPY . /app\nFROM base\nCMD ["node"]')).toHaveLength(1);
    expect(lint(rule, asOnbuild('FROM node:22\nCOPY . /app'))).toHaveLength(1);
  });

  it('does not fire in build stages, on named paths or on other images', () => {
    expect(
      lint(
        rule,
        'FROM node:22 AS build\nCOPY . .\nRUN npm run build\nFROM nginx:1.27\nCOPY --from=build /dist /usr/share/nginx/html',
      ),
    ).toEqual([]);
    expect(lint(rule, 'FROM node:22\nCOPY src/ ./src/\nCOPY package.json ./')).toEqual([]);
    expect(lint(rule, 'FROM node:22\nCOPY --from=other . /app')).toEqual([]);
    expect(lint(rule, 'FROM node:22\nCOPY ./.env.example /app/')).toEqual([]);
    expect(lint(rule, 'FROM node:22\nCOPY <<EOF /app/x\n.\nEOF\n')).toEqual([]);
    expect(lint(rule, 'FROM node:22\nCOPY')).toEqual([]);
  });

  it('is silenced by our pragma', () => {
    expect(lint(rule, 'FROM node:22\n# dop ignore=DOP098\nCOPY . /app')).toEqual([]);
  });
});
