/**
 * What the analyzer and the rewriter know about language ecosystems, as data: per build tool,
 * the manifest and lock files a dependency install reads, the commands that install only the
 * dependencies (run them before copying the source, P23) and the ones that build, where builds
 * put their output (what a `.dockerignore` keeps out of the context is in `dockerignore.ts`).
 *
 * Commands are `CommandPattern`s over the package-manager table (`package-managers.ts`), so
 * `python -m pip install -r …`, `sudo npm ci` and `./gradlew build` are recognised the same way
 * the package-manager rules recognise them. File names are globs on the base name (`*` = any run
 * of characters but `/`); a pattern ending in `/` names a directory.
 */
import { packageManagerCall } from './invocation.js';
import type { PackageManagerId } from './package-managers.js';
import type { SimpleCommand } from '../shell/types.js';
import { pathPattern } from '../model/paths.js';

/**
 * A language ecosystem: the one meaning of "ecosystem" in the analyzer and the rewriter. Package
 * managers belong to one (or to `os`, the distribution's own), images carry one (or are plain
 * distributions, services, nothing), build tools build for one. `static`: a front end built with
 * Node and served as files.
 */
export type Ecosystem = 'python' | 'node' | 'go' | 'java' | 'rust' | 'ruby' | 'php' | 'dotnet' | 'static';

export type BuildToolId =
  | 'pip'
  | 'pipenv'
  | 'poetry'
  | 'uv'
  | 'npm'
  | 'yarn'
  | 'pnpm'
  | 'go'
  | 'maven'
  | 'gradle'
  | 'cargo'
  | 'bundler'
  | 'composer'
  | 'dotnet'
  | 'static';

/**
 * A command: the package manager that runs it and words that must all appear among its
 * arguments, in any order (`--opt` also matches `--opt=value`). With `bare`, the command may name
 * nothing else (no packages): `npm install` installs from the manifest, `npm install left-pad` adds.
 */
export interface CommandPattern {
  pm: PackageManagerId;
  words: string[];
  bare?: boolean;
}

export interface BuildTool {
  id: BuildToolId;
  language: Ecosystem;
  /** Files that declare the dependencies. */
  manifests: string[];
  /** Lock files that pin them (P08): copy them with the manifests. */
  locks: string[];
  /** Other files the install reads (registry config, wrappers, toolchain pins). */
  config: string[];
  /** Commands that install only the dependencies, from the manifests and locks. */
  install: CommandPattern[];
  /** Typical commands that build the application from its source. */
  build: CommandPattern[];
  /** Where builds usually put their output (relative to the project directory). */
  outputs: string[];
  /**
   * The install's flag that leaves the project itself out, so that it reads only the manifests
   * and can run before the source (uv sync's `--no-install-project`, Poetry install's `--no-root`,
   * from each tool's command reference), and the subcommand it belongs to: the same install after
   * the source then adds the project.
   */
  withoutProject?: { flag: string; subcommand: string };
}

/** In table order; where a file belongs to several tools, the first one is the default (npm for package.json). */
export const BUILD_TOOLS: readonly BuildTool[] = [
  {
    id: 'pip',
    language: 'python',
    manifests: ['requirements*.txt', 'requirements/', 'pyproject.toml', 'setup.py', 'setup.cfg'],
    locks: ['constraints*.txt'],
    config: ['pip.conf', '.python-version'],
    install: [
      { pm: 'pip', words: ['install', '-r'] },
      { pm: 'pip', words: ['install', '--requirement'] },
      // wheels of the listed requirements (a build stage's usual first step): dependencies only
      { pm: 'pip', words: ['wheel', '-r'] },
      { pm: 'pip', words: ['wheel', '--requirement'] },
    ],
    build: [{ pm: 'pip', words: ['wheel'] }],
    outputs: ['dist/', 'build/'],
  },
  {
    id: 'pipenv',
    language: 'python',
    manifests: ['Pipfile'],
    locks: ['Pipfile.lock'],
    config: ['.python-version'],
    install: [
      { pm: 'pipenv', words: ['install'], bare: true },
      { pm: 'pipenv', words: ['sync'] },
    ],
    build: [],
    outputs: [],
  },
  {
    id: 'poetry',
    language: 'python',
    manifests: ['pyproject.toml'],
    locks: ['poetry.lock'],
    config: ['poetry.toml', '.python-version'],
    install: [
      { pm: 'poetry', words: ['install'] },
      { pm: 'poetry', words: ['sync'] },
    ],
    build: [{ pm: 'poetry', words: ['build'] }],
    outputs: ['dist/'],
    withoutProject: { flag: '--no-root', subcommand: 'install' },
  },
  {
    id: 'uv',
    language: 'python',
    manifests: ['pyproject.toml'],
    locks: ['uv.lock'],
    config: ['uv.toml', '.python-version'],
    install: [
      { pm: 'uv', words: ['sync'] },
      { pm: 'uv', words: ['pip', 'install', '-r'] },
      { pm: 'uv', words: ['pip', 'sync'] },
    ],
    build: [{ pm: 'uv', words: ['build'] }],
    outputs: ['dist/'],
    withoutProject: { flag: '--no-install-project', subcommand: 'sync' },
  },
  {
    id: 'npm',
    language: 'node',
    manifests: ['package.json'],
    locks: ['package-lock.json', 'npm-shrinkwrap.json'],
    config: ['.npmrc'],
    install: [
      { pm: 'npm', words: ['ci'] },
      { pm: 'npm', words: ['install'], bare: true },
      { pm: 'npm', words: ['i'], bare: true },
    ],
    build: [
      { pm: 'npm', words: ['run', 'build'] },
      { pm: 'npm', words: ['run-script', 'build'] },
    ],
    outputs: ['dist/', 'build/', '.next/', 'out/'],
  },
  {
    id: 'yarn',
    language: 'node',
    manifests: ['package.json'],
    locks: ['yarn.lock'],
    config: ['.yarnrc.yml', '.yarnrc', '.yarn/releases/', '.yarn/plugins/', '.pnp.cjs', '.pnp.loader.mjs'],
    install: [
      { pm: 'yarn', words: ['install'], bare: true },
      { pm: 'yarn', words: [], bare: true },
    ],
    build: [
      { pm: 'yarn', words: ['build'] },
      { pm: 'yarn', words: ['run', 'build'] },
    ],
    outputs: ['dist/', 'build/', '.next/', 'out/'],
  },
  {
    id: 'pnpm',
    language: 'node',
    manifests: ['package.json', 'pnpm-workspace.yaml'],
    locks: ['pnpm-lock.yaml'],
    config: ['.npmrc', '.pnpmfile.cjs'],
    install: [
      { pm: 'pnpm', words: ['install'], bare: true },
      { pm: 'pnpm', words: ['i'], bare: true },
      { pm: 'pnpm', words: ['fetch'] },
    ],
    build: [
      { pm: 'pnpm', words: ['build'] },
      { pm: 'pnpm', words: ['run', 'build'] },
    ],
    outputs: ['dist/', 'build/', '.next/', 'out/'],
  },
  {
    id: 'go',
    language: 'go',
    manifests: ['go.mod'],
    locks: ['go.sum'],
    config: ['go.work', 'go.work.sum'],
    install: [{ pm: 'go', words: ['mod', 'download'] }],
    build: [{ pm: 'go', words: ['build'] }],
    outputs: ['bin/'],
  },
  {
    id: 'maven',
    language: 'java',
    manifests: ['pom.xml'],
    locks: [],
    config: ['mvnw', '.mvn/', 'settings.xml'],
    install: [
      { pm: 'mvn', words: ['dependency:go-offline'] },
      { pm: 'mvn', words: ['dependency:resolve'] },
    ],
    build: [
      { pm: 'mvn', words: ['package'] },
      { pm: 'mvn', words: ['install'] },
      { pm: 'mvn', words: ['verify'] },
    ],
    outputs: ['target/'],
  },
  {
    id: 'gradle',
    language: 'java',
    manifests: [
      'build.gradle',
      'build.gradle.kts',
      'settings.gradle',
      'settings.gradle.kts',
      'gradle.properties',
    ],
    locks: ['gradle.lockfile', 'gradle/libs.versions.toml'],
    config: ['gradlew', 'gradle/'],
    install: [{ pm: 'gradle', words: ['dependencies'] }],
    build: [
      { pm: 'gradle', words: ['build'] },
      { pm: 'gradle', words: ['assemble'] },
      { pm: 'gradle', words: ['bootJar'] },
      { pm: 'gradle', words: ['installDist'] },
      { pm: 'gradle', words: ['shadowJar'] },
    ],
    outputs: ['build/'],
  },
  {
    id: 'cargo',
    language: 'rust',
    manifests: ['Cargo.toml'],
    locks: ['Cargo.lock'],
    config: ['.cargo/', 'rust-toolchain', 'rust-toolchain.toml'],
    install: [{ pm: 'cargo', words: ['fetch'] }],
    build: [{ pm: 'cargo', words: ['build'] }],
    outputs: ['target/'],
  },
  {
    id: 'bundler',
    language: 'ruby',
    manifests: ['Gemfile', '*.gemspec'],
    locks: ['Gemfile.lock'],
    config: ['.bundle/config', '.ruby-version'],
    install: [{ pm: 'bundle', words: ['install'] }],
    build: [{ pm: 'bundle', words: ['exec', 'rake', 'assets:precompile'] }],
    outputs: ['public/assets/'],
  },
  {
    id: 'composer',
    language: 'php',
    manifests: ['composer.json'],
    locks: ['composer.lock'],
    config: ['auth.json'],
    install: [{ pm: 'composer', words: ['install'] }],
    build: [{ pm: 'composer', words: ['dump-autoload'] }],
    outputs: ['vendor/'],
  },
  {
    id: 'dotnet',
    language: 'dotnet',
    manifests: [
      '*.csproj',
      '*.fsproj',
      '*.vbproj',
      '*.sln',
      '*.slnx',
      'Directory.Build.props',
      'Directory.Packages.props',
    ],
    locks: ['packages.lock.json'],
    config: ['NuGet.config', 'nuget.config', 'global.json'],
    install: [{ pm: 'dotnet', words: ['restore'] }],
    build: [
      { pm: 'dotnet', words: ['publish'] },
      { pm: 'dotnet', words: ['build'] },
    ],
    outputs: ['bin/', 'obj/', 'out/', 'publish/'],
  },
  {
    // A front end built with Node and served as files (nginx, a CDN): Node's files, static output.
    id: 'static',
    language: 'static',
    manifests: [],
    locks: [],
    config: [],
    install: [],
    build: [
      { pm: 'npm', words: ['run', 'build'] },
      { pm: 'yarn', words: ['build'] },
      { pm: 'pnpm', words: ['build'] },
    ],
    outputs: ['dist/', 'build/', 'out/', 'public/'],
  },
];

export const BUILD_TOOL_BY_ID: Readonly<Record<BuildToolId, BuildTool>> = Object.fromEntries(
  BUILD_TOOLS.map((t) => [t.id, t]),
) as Record<BuildToolId, BuildTool>;

/* ------------------------------------------------------------------------------------------ */
/* File names.                                                                                 */
/* ------------------------------------------------------------------------------------------ */

/** `./a//b/` → `a/b`; backslashes (Windows paths) become slashes. */
function normalise(path: string): string {
  return path
    .replace(/\\/g, '/')
    .replace(/^["']|["']$/g, '')
    .replace(/^(\.\/)+/, '')
    .replace(/\/+/g, '/')
    .replace(/\/$/, '');
}

/**
 * Whether a path names the file a pattern describes: a plain pattern matches the base name
 * (`requirements-dev.txt` matches `requirements*.txt` in any directory); one with a `/` inside
 * matches the path's tail (`gradle/libs.versions.toml`); a directory pattern (`gradle/`) matches
 * the directory itself or anything in it.
 */
export function matchesFilePattern(path: string, pattern: string): boolean {
  return matchesParts(pathParts(path), pattern);
}

/** A path's names, normalised once: a path is matched against some hundred patterns. */
function pathParts(path: string): string[] {
  const p = normalise(path);
  return p ? p.split('/') : [];
}

/** A pattern read once: a directory pattern or not, how many names it spans, its expression. */
interface FilePattern {
  dir: boolean;
  names: number;
  re: RegExp;
}
const patternCache = new Map<string, FilePattern>();
function filePattern(pattern: string): FilePattern {
  let found = patternCache.get(pattern);
  if (!found) {
    const dir = pattern.endsWith('/');
    const body = dir ? pattern.slice(0, -1) : pattern;
    found = { dir, names: body.split('/').length, re: pathPattern(body) };
    patternCache.set(pattern, found);
  }
  return found;
}

function matchesParts(parts: readonly string[], pattern: string): boolean {
  if (parts.length === 0) return false;
  const { dir, names, re } = filePattern(pattern);
  if (dir) {
    for (let i = 0; i + names <= parts.length; i++)
      if (re.test(names === 1 ? parts[i]! : parts.slice(i, i + names).join('/'))) return true;
    return false;
  }
  if (parts.length < names) return false;
  return re.test(names === 1 ? parts[parts.length - 1]! : parts.slice(-names).join('/'));
}

function fileRole(tool: BuildTool, parts: readonly string[]): 'manifest' | 'lock' | 'config' | null {
  if (tool.locks.some((g) => matchesParts(parts, g))) return 'lock';
  if (tool.manifests.some((g) => matchesParts(parts, g))) return 'manifest';
  if (tool.config.some((g) => matchesParts(parts, g))) return 'config';
  return null;
}

/** Every tool whose manifest, lock or config file `path` is, most specific first (lock owners lead). */
export function buildToolsOfFile(path: string): BuildTool[] {
  const rank = { lock: 0, manifest: 1, config: 2 } as const;
  const parts = pathParts(path);
  if (parts.length === 0) return [];
  return BUILD_TOOLS.map((t) => ({ t, role: fileRole(t, parts) }))
    .filter((x): x is { t: BuildTool; role: 'manifest' | 'lock' | 'config' } => x.role !== null)
    .sort((a, b) => rank[a.role] - rank[b.role])
    .map((x) => x.t);
}

/**
 * The tool a manifest or lock file belongs to (`poetry.lock` → poetry, `package.json` → npm, the
 * default among npm/yarn/pnpm), or null when it is neither.
 */
export function ecosystemOfManifest(path: string): BuildTool | null {
  const parts = pathParts(path);
  if (parts.length === 0) return null;
  return (
    BUILD_TOOLS.find((t) => fileRole(t, parts) === 'lock') ??
    BUILD_TOOLS.find((t) => fileRole(t, parts) === 'manifest') ??
    null
  );
}

/** Whether the path is a dependency manifest, a lock file, or a file the install reads with them. */
export function isManifestOrLock(path: string): boolean {
  let found = MANIFEST_OR_LOCK.get(path);
  if (found === undefined) {
    const parts = pathParts(path);
    found = parts.length > 0 && BUILD_TOOLS.some((t) => fileRole(t, parts) !== null);
    // Every build tool's patterns for each name asked; the same names come back in file after file.
    if (MANIFEST_OR_LOCK.size >= 4096) MANIFEST_OR_LOCK.clear();
    MANIFEST_OR_LOCK.set(path, found);
  }
  return found;
}

const MANIFEST_OR_LOCK = new Map<string, boolean>();

/* ------------------------------------------------------------------------------------------ */
/* Commands.                                                                                   */
/* ------------------------------------------------------------------------------------------ */

/** Whether a shell command matches a pattern (see `CommandPattern`). */
export function matchesCommand(cmd: SimpleCommand, pattern: CommandPattern): boolean {
  const call = packageManagerCall(cmd);
  if (!call || call.pm.id !== pattern.pm) return false;
  const values = call.args.map((a) => a.value);
  const has = (w: string) => values.some((v) => v === w || (w.startsWith('--') && v.startsWith(`${w}=`)));
  if (!pattern.words.every(has)) return false;
  if (pattern.bare) {
    const positional = [call.subcommand, ...call.operands].filter((w) => w !== null).map((w) => w.value);
    if (positional.some((v) => !pattern.words.includes(v))) return false;
  }
  return true;
}

/** The tool whose dependency-only install this command is (`npm ci`, `pip install -r …`), or null. */
export function dependencyInstallOf(cmd: SimpleCommand): BuildTool | null {
  // Asked of every command of every RUN: only the patterns of the command's own manager can match.
  const pm = packageManagerCall(cmd)?.pm.id;
  if (!pm) return null;
  return BUILD_TOOLS.find((t) => t.install.some((p) => p.pm === pm && matchesCommand(cmd, p))) ?? null;
}

/** The tool whose build command this is (`npm run build`, `go build`), or null. */
export function buildCommandOf(cmd: SimpleCommand): BuildTool | null {
  const pm = packageManagerCall(cmd)?.pm.id;
  if (!pm) return null;
  return BUILD_TOOLS.find((t) => t.build.some((p) => p.pm === pm && matchesCommand(cmd, p))) ?? null;
}
