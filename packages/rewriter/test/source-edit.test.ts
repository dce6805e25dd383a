/**
 * Property: on the app Dockerfiles people write first (every ecosystem the recipes know, WORKDIR
 * before or after the COPY, the source copied to `.` or to a folder), the rewrite leaves no
 * dependency install or fetch among the steps a source-only edit re-runs, and installs or fetches
 * the dependencies in a step that stays cached (a compiled build is not left to download them).
 */
import { buildModel, DEPENDENCY_PREFETCH, dependencyInstallOf, packageManagerCall } from '@dop/analyzer';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rewrite } from '../src/index.js';

interface App {
  image: string;
  build: string;
  cmd: string;
}

const APPS: App[] = [
  { image: 'python:3.12', build: 'pip install -r requirements.txt', cmd: '["python", "app.py"]' },
  {
    image: 'python:3.12-slim',
    build: 'pip install --no-cache-dir -r requirements.txt',
    cmd: '["gunicorn", "app:app"]',
  },
  {
    image: 'python:3.11',
    build: 'python -m venv /opt/venv && /opt/venv/bin/pip install -r requirements.txt',
    cmd: '["/opt/venv/bin/python", "app.py"]',
  },
  { image: 'node:22', build: 'npm ci', cmd: '["node", "server.js"]' },
  { image: 'node:20', build: 'npm install', cmd: '["npm", "start"]' },
  { image: 'golang:1.22', build: 'go build -o /usr/local/bin/api', cmd: '["api"]' },
  { image: 'golang:1.22', build: 'CGO_ENABLED=0 go build -o /out/api ./cmd/api', cmd: '["/out/api"]' },
  {
    image: 'maven:3.9-eclipse-temurin-21',
    build: 'mvn -B package -DskipTests',
    cmd: '["java", "-jar", "target/app.jar"]',
  },
  {
    image: 'gradle:8.12-jdk21',
    build: 'gradle bootJar --no-daemon',
    cmd: '["java", "-jar", "build/libs/app.jar"]',
  },
  {
    image: 'mcr.microsoft.com/dotnet/sdk:8.0',
    build: 'dotnet publish -c Release -o out',
    cmd: '["dotnet", "out/App.dll"]',
  },
  { image: 'rust:1.80', build: 'cargo build --release', cmd: '["./target/release/app"]' },
  { image: 'rust:1.80', build: 'cargo install --path .', cmd: '["app"]' },
  { image: 'ruby:3.3', build: 'bundle install', cmd: '["ruby", "app.rb"]' },
  { image: 'php:8.3-apache', build: 'composer install --no-dev', cmd: '["apache2-foreground"]' },
];

const app = fc.record({
  app: fc.constantFrom(...APPS),
  layout: fc.constantFrom('workdir-first', 'copy-first', 'copy-dot'),
  env: fc.constantFrom('', 'ENV APP_ENV=production'),
  expose: fc.constantFrom('', 'EXPOSE 8080'),
});

type Generated = { app: App; layout: string; env: string; expose: string };

function dockerfile({ app, layout, env, expose }: Generated): string {
  const copy =
    layout === 'workdir-first'
      ? ['WORKDIR /app', 'COPY . .']
      : layout === 'copy-first'
        ? ['COPY . /app', 'WORKDIR /app']
        : ['WORKDIR /app', 'COPY . ./'];
  return [`FROM ${app.image}`, env, ...copy, `RUN ${app.build}`, expose, `CMD ${app.cmd}`]
    .filter((l) => l !== '')
    .join('\n')
    .concat('\n');
}

/** The output's RUNs that install or fetch dependencies: re-run on a source edit, and kept cached. */
function installs(text: string): { rerun: string[]; cached: string[] } {
  const result = rewrite(text);
  const model = buildModel(result.output);
  const out = { rerun: [] as string[], cached: [] as string[] };
  for (const stage of result.layers.after.stages) {
    for (const layer of stage.layers) {
      if (layer.keyword !== 'RUN') continue;
      const ins = model.instructions.find((i) => i.keyword === 'RUN' && i.startLine + 1 === layer.startLine);
      const found = (ins?.shell?.commands ?? []).filter((c) => {
        if (dependencyInstallOf(c)) return true;
        const pm = packageManagerCall(c)?.pm.id;
        const words = c.args.map((a) => a.value).join(' ');
        return DEPENDENCY_PREFETCH.some((e) => e.pm === pm && e.fetches.some((f) => words.includes(f)));
      });
      if (found.length) (layer.rerunsOn.includes('source') ? out.rerun : out.cached).push(layer.instruction);
    }
  }
  return out;
}

describe('a source-only edit re-runs no dependency install', () => {
  it('on generated app Dockerfiles of every ecosystem', () => {
    fc.assert(
      fc.property(app, (a) => {
        const text = dockerfile(a);
        const { rerun, cached } = installs(text);
        expect(rerun, text).toEqual([]);
        // and the dependencies are installed or fetched somewhere, cached: not left to the build
        expect(cached.length, text).toBeGreaterThan(0);
      }),
      { numRuns: 120, seed: 17 },
    );
  });
});
