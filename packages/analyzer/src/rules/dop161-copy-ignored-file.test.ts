import { describe, expect, it } from 'vitest';
import type { BuildContext } from '../context/types.js';
import { asOnbuild, lint } from '../testing/lint.js';
import { rule } from './dop161-copy-ignored-file.js';

const context: BuildContext = {
  files: ['.dockerignore', 'package.json', 'dist/index.js', 'tmp/notes.txt', 'src/a.js', 'logs/keep.log'],
  texts: { '.dockerignore': '# build output\ndist\ntmp/*\nlogs\n!logs/keep.log\n' },
};

describe('DOP161 copy-ignored-file', () => {
  it('fires on a source that .dockerignore excludes whole, naming the line', () => {
    const f = lint(rule, 'FROM node:22-slim\nCOPY dist/ ./dist/\nCOPY ./tmp/notes.txt /n\n', { context });
    expect(f.map((x) => x.message.en)).toEqual([
      '.dockerignore excludes `dist/` (line 2: `dist`): the builder never receives it, and this COPY finds nothing.',
      '.dockerignore excludes `./tmp/notes.txt` (line 3: `tmp/*`): the builder never receives it, and this COPY finds nothing.',
    ]);
    expect(f[0]!.message.ko).toContain('2행');
    // An ONBUILD COPY reads the downstream build's context, not this one.
    expect(lint(rule, asOnbuild('FROM node:22-slim\nCOPY dist ./dist\n'), { context })).toEqual([]);
  });

  it('stays quiet where something is sent, re-included with !, or there is no context', () => {
    const text = 'FROM node:22-slim\nCOPY . .\nCOPY src ./src\nCOPY logs ./logs\nCOPY logs/keep.log ./\n';
    expect(lint(rule, text, { context })).toEqual([]);
    expect(lint(rule, 'FROM node:22-slim\nCOPY dist/ ./dist/\n')).toEqual([]);
  });
});

describe('DOP161 with a folder the reader did not walk', () => {
  it('fires on a copy of a folder .dockerignore excludes whole', () => {
    const context: BuildContext = {
      files: ['.dockerignore', 'package.json', 'src/a.js'],
      texts: { '.dockerignore': 'node_modules\n' },
      unlisted: ['node_modules'],
    };
    const f = lint(rule, 'FROM node:22-slim\nCOPY package.json ./\nCOPY node_modules ./node_modules\n', {
      context,
    });
    expect(f.map((x) => x.message.en)).toEqual([
      '.dockerignore excludes `node_modules` (line 1: `node_modules`): the builder never receives it, and this COPY finds nothing.',
    ]);
  });
});
