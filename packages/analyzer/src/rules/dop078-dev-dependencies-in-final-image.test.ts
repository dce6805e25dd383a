import { describe, expect, it } from 'vitest';
import { asOnbuild, lint } from '../testing/lint.js';
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

  it('fires on development requirement files and extras for pip', () => {
    const found = lint(rule, 'FROM python:3.12\nRUN pip install -r requirements.txt -r requirements-dev.txt');
    expect(found).toHaveLength(1);
    expect(found[0]!.message.en).toBe(
      '`pip install` of requirements-dev.txt installs development dependencies into the final image.',
    );
    expect(lint(rule, 'FROM python:3.12\nRUN pip install --requirement=requirements/test.txt')).toHaveLength(
      1,
    );
    expect(lint(rule, 'FROM python:3.12\nRUN python -m pip install -e ".[dev]"')).toHaveLength(1);
    expect(lint(rule, 'FROM python:3.12\nRUN pip install ".[test,docs]"')).toHaveLength(1);
  });

  it('does not fire on production requirement files, pip install . or in a build stage', () => {
    for (const run of [
      'pip install -r requirements.txt',
      'pip install -r requirements/prod.txt',
      'pip install .',
      'pip install "uvicorn[standard]==0.30"',
      'pip install -r devices.txt',
    ]) {
      expect(lint(rule, `FROM python:3.12\nRUN ${run}`), run).toEqual([]);
    }
    expect(
      lint(
        rule,
        'FROM python:3.12 AS test\nRUN pip install -r requirements-dev.txt\nFROM python:3.12-slim\nCOPY --from=test /a /a',
      ),
    ).toEqual([]);
  });

  it('fires on bundle install unless groups are left out', () => {
    expect(lint(rule, 'FROM ruby:3.3\nRUN bundle install')).toHaveLength(1);
    expect(lint(rule, asOnbuild('FROM ruby:3.3\nRUN bundle install'))).toHaveLength(1);
    for (const text of [
      'FROM ruby:3.3\nENV BUNDLE_WITHOUT=development:test\nRUN bundle install',
      'FROM ruby:3.3\nRUN BUNDLE_WITHOUT=development bundle install',
      'FROM ruby:3.3\nRUN bundle config set --local without "development test" && bundle install',
      'FROM ruby:3.3\nRUN bundle config set without development\nRUN bundle install --jobs 4',
      'FROM ruby:3.3\nRUN bundle install --without development test',
    ]) {
      expect(lint(rule, text), text).toEqual([]);
    }
  });

  it('reads ONBUILD, sh -c and heredocs', () => {
    expect(lint(rule, asOnbuild('FROM node:22\nRUN npm ci'))).toHaveLength(1);
    expect(lint(rule, 'FROM node:22\nRUN ["sh", "-c", "npm ci"]')).toHaveLength(1);
    expect(lint(rule, 'FROM node:22\nRUN <<EOF\nnpm ci\nEOF')).toHaveLength(1);
  });
});
