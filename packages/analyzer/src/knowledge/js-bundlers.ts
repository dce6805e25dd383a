/**
 * Where a front-end build puts its output when its config does not say otherwise, keyed by the
 * package that marks the tool in package.json (dependencies or devDependencies). First match wins:
 * frameworks come before the bundlers they wrap (Next.js uses webpack; CRA is react-scripts).
 * From each tool's documentation of its default output directory; reviewed 2026-12-07.
 */
export interface BundlerOutput {
  /** The package that marks the tool. */
  dependency: string;
  /** The tool, as people call it. */
  tool: string;
  /** The default output folder, relative to the project. */
  output: string;
  /** Whether the output is static files a web server can serve alone. */
  static: boolean;
}

export const JS_BUNDLERS: readonly BundlerOutput[] = [
  { dependency: 'next', tool: 'Next.js', output: '.next', static: false },
  { dependency: 'nuxt', tool: 'Nuxt', output: '.output', static: false },
  { dependency: '@sveltejs/kit', tool: 'SvelteKit', output: 'build', static: false },
  { dependency: 'astro', tool: 'Astro', output: 'dist', static: true },
  { dependency: 'react-scripts', tool: 'Create React App', output: 'build', static: true },
  { dependency: '@angular/cli', tool: 'Angular CLI', output: 'dist', static: true },
  { dependency: 'vite', tool: 'Vite', output: 'dist', static: true },
  { dependency: 'parcel', tool: 'Parcel', output: 'dist', static: true },
  { dependency: 'webpack', tool: 'webpack', output: 'dist', static: true },
];
