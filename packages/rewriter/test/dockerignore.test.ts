import { buildModel, parseIgnoreFile } from '@dop/analyzer';
import { describe, expect, it } from 'vitest';
import { suggestDockerignore } from '../src/dockerignore.js';
import { rewrite } from '../src/rewrite.js';

const lines = (text: string) => suggestDockerignore(buildModel(text)).split('\n');

describe('suggested .dockerignore', () => {
  it('adds the common entries and the ecosystem of the base image and package managers', () => {
    const node = lines('FROM node:22-slim\nWORKDIR /app\nCOPY . .\nRUN npm ci\n');
    expect(node).toContain('.git');
    expect(node).toContain('**/.env');
    expect(node).toContain('**/node_modules');
    expect(node).not.toContain('**/__pycache__');
    const py = lines('FROM debian:12-slim\nCOPY . /app\nRUN pip install -r /app/requirements.txt\n');
    expect(py).toContain('**/__pycache__');
    expect(py).toContain('.venv');
  });

  it('never ignores what the Dockerfile copies by name', () => {
    const java = lines(
      'FROM eclipse-temurin:21-jre\nCOPY target/app.jar /app/app.jar\nCMD ["java", "-jar", "/app/app.jar"]\n',
    );
    expect(java).not.toContain('target');
    const php = lines('FROM composer:2\nCOPY vendor /app/vendor\nCOPY . /app\n');
    expect(php).not.toContain('vendor');
  });

  it('takes the ecosystem from the base-image table: a toolchain, or a runtime that runs from source', () => {
    const sections = (from: string) =>
      lines(`FROM ${from}\nCOPY . /app\n`).filter(
        (l) => l.startsWith('# ') && !l.startsWith('# Suggested') && !l.startsWith('# Keeps'),
      );
    expect(sections('maven:3-eclipse-temurin-21')).toEqual(['# java']);
    expect(sections('eclipse-temurin:21-jdk')).toEqual(['# java']);
    expect(sections('mcr.microsoft.com/dotnet/sdk:8.0')).toEqual(['# dotnet']);
    expect(sections('python:3.12-slim')).toEqual(['# python']);
    // an official image under another name, any case
    expect(sections('ghcr.io/acme/python:3.12')).toEqual(['# python']);
    expect(sections('Node:22')).toEqual(['# node']);
    // a compiled ecosystem's runtime runs what the context holds: its build output stays in
    expect(sections('eclipse-temurin:21-jre')).toEqual([]);
    expect(sections('mcr.microsoft.com/dotnet/aspnet:8.0')).toEqual([]);
    // nothing installs in a distroless image
    expect(sections('gcr.io/distroless/python3-debian12')).toEqual([]);
    expect(sections('debian:12')).toEqual([]);
  });
});

describe('the suggested .dockerignore merged with the one in the build context', () => {
  const model = buildModel('FROM node:22-slim\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci\nCOPY . .\n');
  const files = ['.dockerignore', 'package.json', 'server.js'];

  it('is the plain suggestion when the context has no .dockerignore', () => {
    expect(suggestDockerignore(model, { files: ['package.json'], texts: {} })).toBe(
      suggestDockerignore(model),
    );
  });

  it('keeps every line the user wrote, after the suggested ones, and does not suggest a line twice', () => {
    const mine = '# mine\nnode_modules/\n*.md\n!README.md\n\n.env.example\n!.env.example\n';
    const merged = suggestDockerignore(model, { files, texts: { '.dockerignore': mine } });
    expect(merged.endsWith(`# From your .dockerignore (unchanged):\n${mine}`)).toBe(true);
    const ours = merged.slice(0, merged.indexOf('# From your .dockerignore'));
    expect(ours).toContain('**/.env.*');
    expect(ours.split('\n')).not.toContain('node_modules');
    // the user's exception still decides: their lines come last
    const ignore = parseIgnoreFile(merged);
    expect(ignore.excludes('.env.example')).toBe(false);
    expect(ignore.excludes('README.md')).toBe(false);
    expect(ignore.excludes('.env')).toBe(true);
    expect(ignore.excludes('docs.md')).toBe(true);
  });

  it('says so when the user already has every suggested line', () => {
    const all = suggestDockerignore(model);
    const merged = suggestDockerignore(model, { files, texts: { '.dockerignore': all } });
    expect(merged.startsWith('# Your .dockerignore already has every suggested line')).toBe(true);
    expect(merged.endsWith(all)).toBe(true);
  });

  it('does not replace a .dockerignore it could not read', () => {
    const merged = suggestDockerignore(model, { files, texts: {} });
    expect(merged).toContain('too large to read here: merge these lines into it by hand');
  });

  it('reaches the rewrite through RewriteOptions.context', () => {
    const r = rewrite('FROM node:22-slim\nCOPY . .\n', {
      context: { files, texts: { '.dockerignore': 'secret.txt\n' } },
    });
    expect(r.dockerignore.endsWith('# From your .dockerignore (unchanged):\nsecret.txt\n')).toBe(true);
  });
});
