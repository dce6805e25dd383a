import { describe, expect, it } from 'vitest';
import { asOnbuild, lint } from '../testing/lint.js';
import { rule } from './dop094-source-copied-before-install.js';

describe('DOP094 source-copied-before-install', () => {
  it('fires on installs after the whole context or a source directory is copied', () => {
    const cases = [
      'FROM node:22\nWORKDIR /app\nCOPY . .\nRUN npm ci',
      'FROM node:22\nWORKDIR /app\nCOPY . /app\nRUN yarn install --frozen-lockfile',
      'FROM python:3.12\nWORKDIR /app\nCOPY ./ ./\nRUN pip install --no-cache-dir -r requirements.txt',
      'FROM python:3.12\nWORKDIR /app\nCOPY src/ ./src/\nRUN python -m pip install -r requirements.txt',
      'FROM golang:1.23\nWORKDIR /src\nADD . .\nRUN go mod download && go build -o /app',
      'FROM maven:3.9-eclipse-temurin-21\nWORKDIR /b\nCOPY . .\nRUN mvn -B dependency:go-offline',
      'FROM ruby:3.3\nWORKDIR /app\nCOPY . .\nRUN bundle install',
      'FROM composer:2\nWORKDIR /app\nCOPY * ./\nRUN composer install --no-dev',
      'FROM mcr.microsoft.com/dotnet/sdk:8.0\nWORKDIR /src\nCOPY . .\nRUN dotnet restore',
      // wheels of the requirements: a dependency step as much as an install
      'FROM python:3.12 AS build\nWORKDIR /app\nCOPY . .\nRUN pip wheel --no-cache-dir --wheel-dir /wheels -r requirements.txt',
      // Manifests copied first do not help when the install still comes after the source.
      'FROM node:22\nWORKDIR /app\nCOPY package*.json ./\nCOPY . .\nRUN npm ci',
      // A project folder of any name (the teaching note's Django example).
      'FROM python:3.8-slim\nWORKDIR /usr/src/app\nCOPY requirements.txt /usr/src/app\nCOPY django_project /usr/src/app\nRUN pip install -r requirements.txt',
      'FROM node:22\nWORKDIR /app\nCOPY frontend/ ./frontend/\nRUN npm ci',
    ];
    for (const text of cases) expect(lint(rule, text), text).toHaveLength(1);
    expect(lint(rule, asOnbuild('FROM node:22\nWORKDIR /app\nCOPY . .\nRUN npm ci'))).toHaveLength(1);
  });

  it('names the command, the COPY and the files to copy first', () => {
    const [f] = lint(rule, 'FROM node:22\nWORKDIR /app\nCOPY . .\nRUN npm ci --omit=dev');
    expect(f?.message.en).toContain('`npm ci --omit=dev`');
    expect(f?.message.en).toContain('`COPY .` (line 3)');
    expect(f?.message.en).toContain('package.json, package-lock.json');
  });

  it('does not fire when dependencies come first, or the install is not from the manifest', () => {
    const cases = [
      'FROM node:22\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci\nCOPY . .\nRUN npm run build',
      'FROM node:22\nWORKDIR /app\nCOPY . .\nRUN npm install -g serve',
      'FROM python:3.12\nWORKDIR /app\nCOPY . .\nRUN pip install .',
      'FROM python:3.12\nWORKDIR /app\nCOPY . .\nRUN pip wheel --wheel-dir /wheels .',
      'FROM python:3.12\nWORKDIR /app\nCOPY . .\nRUN pip install flask==3.0.0',
      'FROM golang:1.23\nWORKDIR /src\nCOPY . .\nRUN go build -o /app',
      // Another stage, or another stage's files.
      'FROM node:22 AS src\nCOPY . /app\nFROM node:22\nWORKDIR /app\nRUN npm ci',
      'FROM node:22\nWORKDIR /app\nCOPY --from=build /app .\nRUN npm ci',
      'FROM node:22\nWORKDIR /app\nCOPY scripts/setup.sh /tmp/\nRUN npm ci',
      'FROM node:22\nWORKDIR /app\nCOPY $SRC .\nRUN npm ci',
      // Extensionless files that are not folders: manifests and the usual top-level files.
      'FROM ruby:3.3\nWORKDIR /app\nCOPY Gemfile Gemfile.lock ./\nRUN bundle install',
      'FROM python:3.12\nWORKDIR /app\nCOPY Pipfile Pipfile.lock Makefile LICENSE ./\nRUN pipenv install --deploy',
      'FROM node:22\nCOPY',
    ];
    for (const text of cases) expect(lint(rule, text), text).toEqual([]);
  });

  it('reports each install command once, even after several source copies', () => {
    expect(
      lint(rule, 'FROM node:22\nWORKDIR /app\nCOPY src/ src/\nCOPY . .\nRUN npm ci && npm ci'),
    ).toHaveLength(1);
    expect(
      lint(rule, 'FROM node:22\nWORKDIR /app\nCOPY . .\nRUN npm ci\nRUN pip install -r r.txt'),
    ).toHaveLength(2);
  });

  it('is silenced by our pragma', () => {
    expect(lint(rule, 'FROM node:22\nWORKDIR /app\nCOPY . .\n# dop ignore=DOP094\nRUN npm ci')).toEqual([]);
  });
});

describe('DOP094 and an install split around the source', () => {
  it('does not fire on the project install after the same tool installed without the project', () => {
    for (const text of [
      'FROM python:3.13\nWORKDIR /app\nCOPY pyproject.toml uv.lock ./\nRUN uv sync --locked --no-install-project\nCOPY . .\nRUN uv sync --locked',
      'FROM python:3.13\nWORKDIR /app\nCOPY pyproject.toml poetry.lock ./\nRUN poetry install --no-root\nCOPY . .\nRUN poetry install',
    ])
      expect(lint(rule, text), text).toHaveLength(0);
  });

  it('still fires when the install before the source was a whole one, or another tool’s', () => {
    for (const text of [
      'FROM node:22\nWORKDIR /app\nCOPY package.json ./\nRUN npm ci\nCOPY . .\nRUN npm ci',
      'FROM python:3.13\nWORKDIR /app\nCOPY pyproject.toml ./\nRUN poetry install --no-root\nCOPY . .\nRUN uv sync',
    ])
      expect(lint(rule, text), text).toHaveLength(1);
  });
});
