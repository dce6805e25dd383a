import { describe, expect, it } from 'vitest';
import type { BuildContext } from '../context/types.js';
import { asOnbuild, fixed, lint } from '../testing/lint.js';
import { rule } from './dop163-lockfile-not-copied.js';

const context: BuildContext = {
  files: [
    'package.json',
    'package-lock.json',
    'go.mod',
    'go.sum',
    'web/package.json',
    'web/yarn.lock',
    'main.go',
  ],
  texts: {},
};

describe('DOP163 lockfile-not-copied', () => {
  it('fires when the manifest is copied before the install and its lock is not', () => {
    const text = 'FROM node:22-slim\nWORKDIR /app\nCOPY package.json ./\nRUN npm install\nCOPY . .\n';
    const f = lint(rule, text, { context });
    expect(f.map((x) => x.message.en)).toEqual([
      '`package-lock.json` is in the build context but not copied with `package.json`: the install resolves versions afresh.',
    ]);
    expect(fixed(rule, text, { context })).toContain('COPY package.json package-lock.json ./');
    expect(lint(rule, 'FROM golang:1.23\nCOPY go.mod ./\nRUN go mod download\n', { context })).toHaveLength(
      1,
    );
    expect(
      fixed(rule, 'FROM node:22\nCOPY web/package.json ./web/\nRUN cd web && yarn\n', { context }),
    ).toContain('COPY web/package.json web/yarn.lock ./web/');
    // An ONBUILD COPY reads the downstream build's context, not this one.
    expect(
      lint(rule, asOnbuild('FROM node:22-slim\nCOPY package.json ./\nRUN npm install\n'), { context }),
    ).toEqual([]);
  });

  it('stays quiet when the lock comes along, before the install, or there is none', () => {
    for (const text of [
      'FROM node:22-slim\nCOPY package.json package-lock.json ./\nRUN npm ci\n',
      'FROM node:22-slim\nCOPY package*.json ./\nRUN npm ci\n',
      'FROM node:22-slim\nCOPY package.json ./\nCOPY package-lock.json ./\nRUN npm ci\n',
      'FROM golang:1.23\nCOPY go.mod go.sum ./\nRUN go mod download\n',
    ]) {
      expect(lint(rule, text, { context }), text).toEqual([]);
    }
    expect(
      lint(rule, 'FROM node:22\nCOPY package.json ./\nRUN npm i\n', {
        context: { files: ['package.json'], texts: {} },
      }),
    ).toEqual([]);
    expect(lint(rule, 'FROM node:22\nCOPY package.json ./\nRUN npm i\n')).toEqual([]);
  });

  it('offers no fix where adding a source would change what the destination means', () => {
    const f = lint(rule, 'FROM node:22\nCOPY package.json /app/package.json\nRUN npm i\n', { context });
    expect(f).toHaveLength(1);
    expect(f[0]!.fix).toBeUndefined();
  });
});
