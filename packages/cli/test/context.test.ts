import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tree } from './fixtures.js';
import { dop } from './run.js';

const DOCKERFILE = [
  'FROM node:22-slim',
  'WORKDIR /app',
  'COPY package.json ./',
  'RUN npm install',
  'COPY dist/ ./dist/',
  'COPY . .',
  'USER node',
  'CMD ["node", "dist/server.js"]',
  '',
].join('\n');

const ids = (stdout: string) =>
  (JSON.parse(stdout).files[0].findings as { ruleId: string }[])
    .map((f) => f.ruleId)
    .filter((id) => id >= 'DOP160');

describe('dop lint with the build context', () => {
  it("reads the Dockerfile's folder by default and reports what the context shows", () => {
    const dir = tree({
      Dockerfile: DOCKERFILE,
      'package.json': '{"name":"x","scripts":{"start":"node dist/server.js"}}',
      'package-lock.json': '{}',
      'dist/server.js': '',
      '.dockerignore': 'dist\n',
      '.env': 'TOKEN=x',
    });
    const r = dop(['lint', '--format', 'json', 'Dockerfile'], { cwd: dir });
    expect(ids(r.stdout).sort()).toEqual(['DOP161', 'DOP162', 'DOP163']);
    expect(ids(dop(['lint', '--format', 'json', '--no-context', 'Dockerfile'], { cwd: dir }).stdout)).toEqual(
      [],
    );
  });

  it('takes another folder with --context, as docker build does, and none for stdin unless named', () => {
    const dir = tree({ 'docker/Dockerfile': DOCKERFILE, 'package.json': '{}', 'dist/server.js': '' });
    mkdirSync(path.join(dir, 'empty'));
    // beside the file (docker/) nothing it copies exists: a wrong context is not reported as missing files
    expect(ids(dop(['lint', '--format', 'json', 'docker/Dockerfile'], { cwd: dir }).stdout)).toEqual([]);
    writeFileSync(path.join(dir, 'package-lock.json'), '{}');
    const withRoot = dop(['lint', '--format', 'json', '--context', '.', 'docker/Dockerfile'], { cwd: dir });
    expect(ids(withRoot.stdout).sort()).toEqual(['DOP163', 'DOP164']);
    const stdin = dop(['lint', '--format', 'json', '-'], { cwd: dir, input: DOCKERFILE });
    expect(ids(stdin.stdout)).toEqual([]);
    const named = dop(['lint', '--format', 'json', '--context', '.', '-'], { cwd: dir, input: DOCKERFILE });
    expect(ids(named.stdout).sort()).toEqual(['DOP163', 'DOP164']);
  });

  it('says clearly when the context is not a folder or the options clash', () => {
    const dir = tree({ Dockerfile: DOCKERFILE });
    const r = dop(['lint', '--context', 'nope', 'Dockerfile'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--context nope: not a folder');
    expect(dop(['lint', '--context', '.', '--no-context', 'Dockerfile'], { cwd: dir }).code).toBe(2);
  });

  it('puts context findings on the Dockerfile line in SARIF', () => {
    const dir = tree({
      Dockerfile: 'FROM node:22-slim\nCOPY package.json ./\nCOPY missing.js ./\n',
      'package.json': '{}',
    });
    const sarif = JSON.parse(dop(['lint', '--format', 'sarif', 'Dockerfile'], { cwd: dir }).stdout);
    const result = sarif.runs[0].results.find((x: { ruleId: string }) => x.ruleId === 'DOP160');
    expect(result.locations[0].physicalLocation.artifactLocation.uri).toBe('Dockerfile');
    expect(result.locations[0].physicalLocation.region.startLine).toBe(3);
  });
});

describe('context findings name the context file they are about', () => {
  const files = {
    'app/Dockerfile':
      'FROM node:22-slim\nWORKDIR /app\nCOPY package.json ./\nCOPY . .\nCOPY dist/ ./dist/\nCMD ["node", "server.js"]\n',
    'app/package.json': '{}',
    'app/.env': 'TOKEN=x',
    'app/.dockerignore': '# build output\ndist\n',
    'app/dist/x.js': '',
    'app/server.js': '',
  };

  it('SARIF: on the Dockerfile line that copies, with the context file as a related location', () => {
    const dir = tree(files);
    const sarif = JSON.parse(dop(['lint', '--format', 'sarif', 'app/Dockerfile'], { cwd: dir }).stdout);
    const results = sarif.runs[0].results as {
      ruleId: string;
      locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[];
      relatedLocations?: {
        physicalLocation: { artifactLocation: { uri: string }; region?: { startLine: number } };
      }[];
    }[];
    const secret = results.find((x) => x.ruleId === 'DOP162')!;
    expect(secret.locations[0]!.physicalLocation.artifactLocation.uri).toBe('app/Dockerfile');
    expect(secret.locations[0]!.physicalLocation.region.startLine).toBe(4);
    expect(secret.relatedLocations!.map((l) => l.physicalLocation.artifactLocation.uri)).toEqual([
      'app/.env',
    ]);
    const ignored = results.find((x) => x.ruleId === 'DOP161')!;
    expect(ignored.relatedLocations![0]!.physicalLocation).toMatchObject({
      artifactLocation: { uri: 'app/.dockerignore' },
      region: { startLine: 2 },
    });
  });

  it('JSON and tty: the context folder and the files, as shown from the working folder', () => {
    const dir = tree(files);
    const json = JSON.parse(
      dop(['lint', '--format', 'json', 'Dockerfile'], { cwd: path.join(dir, 'app') }).stdout,
    );
    expect(json.files[0].context).toBe('.');
    const secret = json.files[0].findings.find((f: { ruleId: string }) => f.ruleId === 'DOP162');
    expect(secret.contextFiles).toEqual([{ path: '.env' }]);
    const tty = dop(['lint', '--no-color', 'app/Dockerfile'], { cwd: dir }).stdout;
    expect(tty).toContain('↳ app/.env');
    expect(tty).toContain('↳ app/.dockerignore:2');
  });
});

describe('dop rewrite with the build context', () => {
  const files = {
    Dockerfile:
      'FROM node:22-slim\nWORKDIR /app\nCOPY package.json ./\nRUN npm install\nCOPY . .\nCMD ["npm", "start"]\n',
    'package.json': '{"scripts":{"start":"node server.js"}}',
    'package-lock.json': '{}',
    'server.js': '',
  };

  it('reads the folder of the Dockerfile and says what it learned, on stderr', () => {
    const dir = tree(files);
    const r = dop(['rewrite', 'Dockerfile'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('Learned from the build context (.):');
    expect(r.stderr).toContain(
      'package.json: start script `node server.js`, lock file `package-lock.json` present',
    );
    expect(r.stdout).toContain('FROM node:22-slim');
    const ko = dop(['rewrite', '--lang', 'ko', 'Dockerfile'], { cwd: dir });
    expect(ko.stderr).toContain('package.json: 시작 스크립트 `node server.js`');
  });

  it('leaves the context out with --no-context, and for stdin unless --context names one', () => {
    const dir = tree(files);
    expect(dop(['rewrite', '--no-context', 'Dockerfile'], { cwd: dir }).stderr).not.toContain('Learned');
    expect(dop(['rewrite', '-'], { cwd: dir, input: files.Dockerfile }).stderr).not.toContain('Learned');
    const named = dop(['rewrite', '--context', '.', '-'], { cwd: dir, input: files.Dockerfile });
    expect(named.stderr).toContain('Learned from the build context (.)');
  });

  it('gives one JSON document with --format json', () => {
    const dir = tree(files);
    const r = dop(['rewrite', '--format', 'json', 'Dockerfile'], { cwd: dir });
    expect(r.stderr).toBe('');
    const doc = JSON.parse(r.stdout);
    expect(doc.context).toBe('.');
    expect(doc.learned).toEqual([
      {
        file: 'package.json',
        facts: ['start script `node server.js`', 'lock file `package-lock.json` present'],
      },
    ]);
    expect(doc.output).toContain('FROM node:22-slim');
    expect(typeof doc.dockerignore).toBe('string');
    expect(dop(['rewrite', '--format', 'sarif', 'Dockerfile'], { cwd: dir }).code).toBe(2);
  });
});
