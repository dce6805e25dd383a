import { describe, expect, it } from 'vitest';
import type { BuildContext } from '../context/types.js';
import { asOnbuild, lint } from '../testing/lint.js';
import { rule } from './dop164-dockerignore-missing.js';

const context: BuildContext = {
  files: ['app.py', 'requirements.txt', '.git/HEAD', 'node_modules/x/i.js'],
  texts: {},
};

describe('DOP164 dockerignore-missing', () => {
  it('fires once on the first copy of the whole context, naming what comes along', () => {
    const f = lint(rule, 'FROM python:3.12-slim\nCOPY . .\nCOPY ./ /other/\n', { context });
    expect(f.map((x) => x.message.en)).toEqual([
      'COPY . sends all 4 files of the context (`.git`, `node_modules` included): there is no .dockerignore.',
    ]);
    // An ONBUILD COPY reads the downstream build's context, not this one.
    expect(lint(rule, asOnbuild('FROM python:3.12-slim\nCOPY . .\n'), { context })).toEqual([]);
  });

  it('stays quiet with a .dockerignore, with named copies, or without a context', () => {
    expect(
      lint(rule, 'FROM python:3.12-slim\nCOPY . .\n', {
        context: { ...context, files: [...context.files, '.dockerignore'] },
      }),
    ).toEqual([]);
    expect(lint(rule, 'FROM python:3.12-slim\nCOPY app.py ./\n', { context })).toEqual([]);
    expect(lint(rule, 'FROM python:3.12-slim\nCOPY . .\n')).toEqual([]);
  });

  it("stays quiet in a folder that holds no project (a collection of Dockerfiles is nobody's context)", () => {
    const collection: BuildContext = { files: ['a.Dockerfile', 'b.Dockerfile', 'manifest.json'], texts: {} };
    expect(lint(rule, 'FROM python:3.12-slim\nCOPY . .\n', { context: collection })).toEqual([]);
  });
});
