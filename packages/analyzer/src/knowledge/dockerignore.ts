/**
 * What a suggested `.dockerignore` keeps out of the build context (P21), as data: the entries for
 * every context, those of each ecosystem, and the dependency folders a Dockerfile's own install
 * fills (ignored only then: otherwise the context's copy is the only one the image gets). The
 * rewriter's `dockerignore.ts` picks from these by what the Dockerfile uses.
 */
import type { Ecosystem } from './ecosystems.js';
import type { PackageManagerId } from './package-managers.js';

/** Kept out of every build context: VCS data, editor files, secrets, the Dockerfiles themselves. */
export const COMMON_DOCKERIGNORE: readonly string[] = [
  '.git',
  '.dockerignore',
  'Dockerfile*',
  '*.Dockerfile',
  '**/.env',
  '**/.env.*',
  '**/*.pem',
  '**/*.key',
  '.idea',
  '.vscode',
  '**/.DS_Store',
  '**/*.log',
];

/** Per ecosystem: dependency folders installed inside the image, caches and build output. */
export const DOCKERIGNORE_BY_ECOSYSTEM: Readonly<Partial<Record<Ecosystem, readonly string[]>>> = {
  node: ['**/node_modules', '.npm', '.yarn/cache', '.pnpm-store', 'coverage', '.next/cache'],
  python: [
    '**/__pycache__',
    '**/*.py[cod]',
    '.venv',
    'venv',
    '.pytest_cache',
    '.mypy_cache',
    '.ruff_cache',
    '.tox',
    '*.egg-info',
  ],
  go: ['**/*_test.go.out', 'coverage.out'],
  java: ['target', 'build', '.gradle', '*.iml'],
  rust: ['target'],
  // The folders' contents only: Rails expects log/ and tmp/ to exist.
  ruby: ['.bundle', 'vendor/bundle', 'log/*', 'tmp/*'],
  php: ['vendor'],
  dotnet: ['**/bin', '**/obj', '*.user'],
};

/**
 * Ecosystems run from source: their runtime image (python, node, ruby, php) is also where the
 * dependencies install, so their entries apply to it. A compiled ecosystem's runtime image (a JRE,
 * ASP.NET) only runs what was built elsewhere, often the context's build output, which its
 * entries would keep out: there they apply to the toolchain image alone.
 */
export const RUN_FROM_SOURCE: ReadonlySet<Ecosystem> = new Set(['python', 'node', 'ruby', 'php']);

/** Dependency folders among those entries, and the package managers whose install fills them. */
export const DEPENDENCY_FOLDER_FILLED_BY: Readonly<Record<string, readonly PackageManagerId[]>> = {
  '**/node_modules': ['npm', 'yarn', 'pnpm'],
  vendor: ['composer'],
  'vendor/bundle': ['bundle'],
};
