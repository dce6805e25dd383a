/**
 * Where a front-end build puts its output, keyed by the package that marks the tool in
 * package.json (dependencies or devDependencies), and how a project moves it: an option of the
 * build command (`vite build --outDir public`), an environment variable set in the script
 * (`BUILD_PATH=out react-scripts build`), or a plain literal in the tool's config file
 * (`build: { outDir: 'public' }`). Frameworks come before the bundlers they wrap (Next.js uses
 * webpack; CRA is react-scripts; SvelteKit runs vite); a tool whose program the build script runs
 * is preferred to one only listed.
 * Sources, each tool's documentation of its output folder: vite.dev/config/build-options#build-outdir,
 * create-react-app.dev/docs/advanced-configuration (BUILD_PATH), angular.dev/reference/configs/workspace-config
 * (outputPath; the `application` builder writes the browser files to `<outputPath>/browser`),
 * nextjs.org/docs/app/building-your-application/deploying/static-exports (`output: 'export'` → out),
 * parceljs.org/features/cli/#--dist-dir, webpack.js.org/api/cli/#build (`--output-path`),
 * esbuild.github.io/api/#outdir (no default: it writes to stdout without one), docs.astro.build/en/reference/configuration-reference/#outdir.
 * Reviewed 2026-12-07.
 */
export interface BundlerOutput {
  /** The package that marks the tool. */
  dependency: string;
  /** The tool, as people call it. */
  tool: string;
  /** Programs of the tool a build script runs (`vite`, `ng`). */
  bins: readonly string[];
  /** The default output folder, relative to the project; null when the tool has none. */
  output: string | null;
  /** Whether the output is static files a web server can serve alone. */
  static: boolean;
  /** Options of the build command that name the output folder. */
  outputFlags?: readonly string[];
  /** Options that name an output file: its folder is the output. */
  outputFileFlags?: readonly string[];
  /** An environment variable that names the output folder when the script sets it. */
  outputEnv?: string;
  /** Config files that may set the output, and the key read where its value is a plain string. */
  config?: { files: readonly string[]; key: string };
  /** The command that serves the built files locally (`vite preview`): the output folder is its site. */
  preview?: readonly string[];
  /** A static export the config turns on (`output: 'export'`), and the folder it writes. */
  staticExport?: { key: string; value: string; output: string };
}

const configFiles = (stem: string) =>
  ['ts', 'js', 'mjs', 'mts', 'cjs', 'cts'].map((ext) => `${stem}.config.${ext}`);

export const JS_BUNDLERS: readonly BundlerOutput[] = [
  {
    dependency: 'next',
    tool: 'Next.js',
    bins: ['next'],
    output: '.next',
    static: false,
    config: { files: configFiles('next'), key: 'distDir' },
    staticExport: { key: 'output', value: 'export', output: 'out' },
  },
  { dependency: 'nuxt', tool: 'Nuxt', bins: ['nuxt', 'nuxi'], output: '.output', static: false },
  {
    dependency: '@sveltejs/kit',
    tool: 'SvelteKit',
    bins: ['vite', 'svelte-kit'],
    output: 'build',
    static: false,
  },
  {
    dependency: 'astro',
    tool: 'Astro',
    bins: ['astro'],
    output: 'dist',
    static: true,
    outputFlags: ['--outDir'],
    config: { files: configFiles('astro'), key: 'outDir' },
    preview: ['astro', 'preview'],
  },
  {
    dependency: 'react-scripts',
    tool: 'Create React App',
    bins: ['react-scripts'],
    output: 'build',
    static: true,
    outputEnv: 'BUILD_PATH',
  },
  // the folder is in angular.json (read by the project facts), not a fixed default
  {
    dependency: '@angular/cli',
    tool: 'Angular CLI',
    bins: ['ng'],
    output: null,
    static: true,
    outputFlags: ['--output-path'],
  },
  {
    dependency: 'vite',
    tool: 'Vite',
    bins: ['vite'],
    output: 'dist',
    static: true,
    outputFlags: ['--outDir'],
    config: { files: configFiles('vite'), key: 'outDir' },
    preview: ['vite', 'preview'],
  },
  {
    dependency: 'parcel',
    tool: 'Parcel',
    bins: ['parcel'],
    output: 'dist',
    static: true,
    outputFlags: ['--dist-dir'],
  },
  {
    dependency: 'webpack',
    tool: 'webpack',
    bins: ['webpack', 'webpack-cli'],
    output: 'dist',
    static: true,
    outputFlags: ['--output-path', '-o'],
  },
  {
    dependency: 'esbuild',
    tool: 'esbuild',
    bins: ['esbuild'],
    output: null,
    static: true,
    outputFlags: ['--outdir'],
    outputFileFlags: ['--outfile'],
  },
];

/** Angular's workspace file: the output path of each project's build target. */
export const ANGULAR_WORKSPACE = 'angular.json';

/** Every config file a front end's output folder may be read from. */
export const FRONT_END_CONFIG_FILES: readonly string[] = [
  ANGULAR_WORKSPACE,
  ...JS_BUNDLERS.flatMap((b) => b.config?.files ?? []),
];
