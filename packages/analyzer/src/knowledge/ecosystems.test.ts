import { describe, expect, it } from 'vitest';
import { buildModel } from '../model/build.js';
import type { SimpleCommand } from '../shell/types.js';
import {
  BUILD_TOOL_BY_ID,
  BUILD_TOOLS,
  buildCommandOf,
  buildToolsOfFile,
  dependencyInstallOf,
  ecosystemOfManifest,
  isManifestOrLock,
  matchesFilePattern,
} from './ecosystems.js';
import { PACKAGE_MANAGER_BY_ID } from './package-managers.js';

function command(run: string): SimpleCommand {
  const cmd = buildModel(`FROM x\nRUN ${run}\n`).instructions[1]?.shell?.commands[0];
  if (!cmd) throw new Error(run);
  return cmd;
}

describe('ecosystems', () => {
  it('has one entry per tool, and every pattern names a known package manager', () => {
    expect(new Set(BUILD_TOOLS.map((t) => t.id)).size).toBe(BUILD_TOOLS.length);
    for (const t of BUILD_TOOLS) {
      expect(BUILD_TOOL_BY_ID[t.id]).toBe(t);
      for (const p of [...t.install, ...t.build])
        expect(PACKAGE_MANAGER_BY_ID[p.pm], `${t.id} ${p.pm}`).toBeDefined();
    }
  });

  it('maps manifests and locks to their tool', () => {
    const cases: [string, string][] = [
      ['requirements.txt', 'pip'],
      ['requirements-dev.txt', 'pip'],
      ['./app/requirements/base.txt', 'pip'],
      ['Pipfile', 'pipenv'],
      ['Pipfile.lock', 'pipenv'],
      ['pyproject.toml', 'pip'],
      ['poetry.lock', 'poetry'],
      ['uv.lock', 'uv'],
      ['package.json', 'npm'],
      ['package-lock.json', 'npm'],
      ['npm-shrinkwrap.json', 'npm'],
      ['yarn.lock', 'yarn'],
      ['pnpm-lock.yaml', 'pnpm'],
      ['go.mod', 'go'],
      ['go.sum', 'go'],
      ['pom.xml', 'maven'],
      ['build.gradle', 'gradle'],
      ['build.gradle.kts', 'gradle'],
      ['settings.gradle', 'gradle'],
      ['Cargo.toml', 'cargo'],
      ['Cargo.lock', 'cargo'],
      ['Gemfile', 'bundler'],
      ['Gemfile.lock', 'bundler'],
      ['composer.json', 'composer'],
      ['composer.lock', 'composer'],
      ['src/Api/Api.csproj', 'dotnet'],
      ['App.sln', 'dotnet'],
      ['packages.lock.json', 'dotnet'],
      ['"package.json"', 'npm'],
    ];
    for (const [path, tool] of cases) expect(ecosystemOfManifest(path)?.id, path).toBe(tool);
    expect(ecosystemOfManifest('src/index.js')).toBeNull();
    expect(ecosystemOfManifest('.yarnrc.yml')).toBeNull();
    expect(ecosystemOfManifest('')).toBeNull();
  });

  it('lists every tool a shared manifest belongs to, lock owners first', () => {
    expect(buildToolsOfFile('package.json').map((t) => t.id)).toEqual(['npm', 'yarn', 'pnpm']);
    expect(buildToolsOfFile('pyproject.toml').map((t) => t.id)).toEqual(['pip', 'poetry', 'uv']);
  });

  it('knows manifests, locks and their config files, but not source', () => {
    for (const p of [
      '.yarnrc.yml',
      '.npmrc',
      'gradle/wrapper/gradle-wrapper.properties',
      'gradlew',
      'go.sum',
      'a/b/Cargo.lock',
    ]) {
      expect(isManifestOrLock(p), p).toBe(true);
    }
    for (const p of ['.', 'src/', 'main.go', 'app.py', 'README.md', 'requirements.md']) {
      expect(isManifestOrLock(p), p).toBe(false);
    }
  });

  it('matches file patterns on base names, path tails and directories', () => {
    expect(matchesFilePattern('x/requirements-prod.txt', 'requirements*.txt')).toBe(true);
    expect(matchesFilePattern('requirements.txt.bak', 'requirements*.txt')).toBe(false);
    expect(matchesFilePattern('gradle/libs.versions.toml', 'gradle/libs.versions.toml')).toBe(true);
    expect(matchesFilePattern('libs.versions.toml', 'gradle/libs.versions.toml')).toBe(false);
    expect(matchesFilePattern('.yarn/releases/yarn-4.cjs', '.yarn/releases/')).toBe(true);
    expect(matchesFilePattern('C:\\src\\App.csproj', '*.csproj')).toBe(true);
  });

  it('recognises dependency-only installs', () => {
    const cases: [string, string | null][] = [
      ['npm ci', 'npm'],
      ['npm ci --omit=dev', 'npm'],
      ['npm install', 'npm'],
      ['npm install --omit=dev', 'npm'],
      ['npm install express', null],
      ['yarn', 'yarn'],
      ['yarn install --frozen-lockfile', 'yarn'],
      ['yarn add react', null],
      ['pnpm install --frozen-lockfile', 'pnpm'],
      ['pnpm fetch', 'pnpm'],
      ['pip install -r requirements.txt', 'pip'],
      ['pip install --no-cache-dir --requirement=requirements.txt', 'pip'],
      ['python -m pip install -r requirements.txt', 'pip'],
      ['pip install .', null],
      ['pip install flask', null],
      ['pipenv install --deploy --system', 'pipenv'],
      ['poetry install --no-root', 'poetry'],
      ['uv sync --frozen', 'uv'],
      ['uv pip install -r requirements.txt', 'uv'],
      ['go mod download', 'go'],
      ['go build ./...', null],
      ['mvn -B dependency:go-offline', 'maven'],
      ['./mvnw dependency:go-offline', 'maven'],
      ['./gradlew dependencies --no-daemon', 'gradle'],
      ['cargo fetch', 'cargo'],
      ['bundle install', 'bundler'],
      ['composer install --no-dev', 'composer'],
      ['dotnet restore', 'dotnet'],
      ['echo npm ci', null],
    ];
    for (const [run, tool] of cases) expect(dependencyInstallOf(command(run))?.id ?? null, run).toBe(tool);
  });

  it('recognises build commands', () => {
    expect(buildCommandOf(command('npm run build'))?.id).toBe('npm');
    expect(buildCommandOf(command('go build -o /app .'))?.id).toBe('go');
    expect(buildCommandOf(command('./gradlew bootJar'))?.id).toBe('gradle');
    expect(buildCommandOf(command('dotnet publish -c Release -o /out'))?.id).toBe('dotnet');
    expect(buildCommandOf(command('npm ci'))).toBeNull();
  });
});
