import { describe, expect, it } from 'vitest';
import type { BuildContext } from '../context/types.js';
import { asOnbuild, lint } from '../testing/lint.js';
import { rule } from './dop162-secret-in-context.js';

const files = [
  'package.json',
  'server.js',
  '.env',
  '.env.example',
  'certs/server.key',
  'certs/ca-cert.pem',
  '.npmrc',
];

describe('DOP162 secret-in-context', () => {
  it('fires when a folder copy brings credentials the context holds', () => {
    const context: BuildContext = {
      files,
      texts: { '.npmrc': '//registry.npmjs.org/:_authToken=npm_abc\n' },
    };
    const f = lint(rule, 'FROM node:22-slim\nCOPY . .\nCOPY certs/ /etc/certs/\n', { context });
    expect(f.map((x) => x.message.en)).toEqual([
      'COPY . copies credentials from the build context: `.env`, `certs/server.key`, `.npmrc`. Add them to .dockerignore.',
      'COPY certs/ copies credentials from the build context: `certs/server.key`. Add them to .dockerignore.',
    ]);
    // An ONBUILD COPY reads the downstream build's context, not this one.
    expect(lint(rule, asOnbuild('FROM node:22-slim\nCOPY . .\n'), { context })).toEqual([]);
  });

  it('stays quiet for excluded files, templates, a registry config without a token, and named secrets (DOP135)', () => {
    const context: BuildContext = {
      files: [...files, '.dockerignore'],
      texts: {
        '.dockerignore': '.env\n*.key\ncerts/*.key\n',
        '.npmrc': 'registry=https://npm.example/\n//npm.example/:_authToken=${NPM_TOKEN}\n',
      },
    };
    expect(lint(rule, 'FROM node:22-slim\nCOPY . .\n', { context })).toEqual([]);
    expect(lint(rule, 'FROM node:22-slim\nCOPY .env ./\n', { context: { files, texts: {} } })).toEqual([]);
  });
});

describe('DOP162 reads registry configs', () => {
  it('as npm and pip write them', () => {
    const lint162 = (name: string, text: string) =>
      lint(rule, 'FROM node:22-slim\nCOPY . .\n', {
        context: { files: ['package.json', name], texts: { [name]: text } },
      });
    expect(lint162('.npmrc', '//registry.npmjs.org/:_authToken = npm_x\n')).toHaveLength(1);
    expect(lint162('.pypirc', '[pypi]\nusername = __token__\npassword = pypi-x\n')).toHaveLength(1);
    expect(lint162('.npmrc', 'registry=https://r.example/\nalways-auth=true\n')).toEqual([]);
    expect(lint162('.npmrc', '//r.example/:_authToken=${NPM_TOKEN}\n')).toEqual([]);
  });
});
