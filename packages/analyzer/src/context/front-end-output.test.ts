import { describe, expect, it } from 'vitest';
import { projectFacts } from './project-facts.js';
import type { BuildContext } from './types.js';

const ctx = (texts: Record<string, string>): BuildContext => ({ files: Object.keys(texts), texts });
const pkg = (build: string | undefined, deps: Record<string, string>) =>
  JSON.stringify({ scripts: build ? { build } : {}, devDependencies: deps });
const output = (texts: Record<string, string>) => {
  const o = projectFacts(ctx(texts)).node?.output;
  return o ? [o.value.dir, o.file, o.value.by.en] : undefined;
};

describe('the front end’s build output folder', () => {
  it('takes each tool’s default: Vite dist, Create React App build', () => {
    expect(output({ 'package.json': pkg('vite build', { vite: '5' }) })).toEqual([
      'dist',
      'package.json',
      'the default of Vite',
    ]);
    expect(output({ 'package.json': pkg('react-scripts build', { 'react-scripts': '5' }) })?.[0]).toBe(
      'build',
    );
  });
  it('reads the build script’s option or variable before the config file', () => {
    const vite = { 'package.json': pkg('tsc && vite build --outDir ./public/', { vite: '5' }) };
    expect(output(vite)).toEqual(['public', 'package.json', '`--outDir` in the build script']);
    const config = { 'vite.config.ts': "export default defineConfig({ build: { outDir: 'www' } })\n" };
    expect(output({ ...vite, ...config })?.[0]).toBe('public');
    expect(output({ 'package.json': pkg('vite build', { vite: '5' }), ...config })).toEqual([
      'www',
      'vite.config.ts',
      '`outDir`',
    ]);
    expect(
      output({ 'package.json': pkg('BUILD_PATH=out react-scripts build', { 'react-scripts': '5' }) })?.[0],
    ).toBe('out');
    const esbuild = pkg('esbuild src/app.ts --bundle --outfile=public/js/app.js', { esbuild: '0.23' });
    expect(output({ 'package.json': esbuild })?.[0]).toBe('public/js');
    expect(
      output({ 'package.json': pkg('webpack --mode production --output-path=site', { webpack: '5' }) })?.[0],
    ).toBe('site');
  });
  it('prefers the tool the build script runs to one only listed', () => {
    const both = pkg('webpack --output-path web', { vite: '5', webpack: '5' });
    expect(output({ 'package.json': both })?.[0]).toBe('web');
  });
  it('reads Angular’s outputPath, with the application builder’s browser/ folder', () => {
    const workspace = (builder: string, outputPath?: unknown) =>
      JSON.stringify({
        projects: { shop: { architect: { build: { builder, options: outputPath ? { outputPath } : {} } } } },
      });
    const ng = pkg('ng build', { '@angular/cli': '18' });
    expect(
      output({
        'package.json': ng,
        'angular.json': workspace('@angular-devkit/build-angular:application', 'dist/shop'),
      }),
    ).toEqual(['dist/shop/browser', 'angular.json', '`outputPath` of project `shop`']);
    expect(
      output({
        'package.json': ng,
        'angular.json': workspace('@angular-devkit/build-angular:browser', 'dist/shop'),
      })?.[0],
    ).toBe('dist/shop');
    expect(output({ 'package.json': ng, 'angular.json': workspace('@angular/build:application') })?.[0]).toBe(
      'dist/shop/browser',
    );
    expect(
      output({
        'package.json': ng,
        'angular.json': workspace('@angular/build:application', { base: 'out', browser: '' }),
      })?.[0],
    ).toBe('out');
    // no angular.json: the folder is not guessed
    expect(output({ 'package.json': ng })).toBeUndefined();
  });
  it('finds a Next.js static export (out/) and nothing for a server build', () => {
    const next = pkg('next build', { next: '14' });
    // a server build: its folder, not static files
    expect(output({ 'package.json': next })?.[0]).toBe('.next');
    expect(projectFacts(ctx({ 'package.json': next })).node?.output?.value.static).toBe(false);
    expect(
      projectFacts(ctx({ 'package.json': next, 'next.config.js': 'module.exports = {}' })).node?.output
        ?.value,
    ).toMatchObject({ dir: '.next', static: false });
    expect(
      output({ 'package.json': next, 'next.config.mjs': "export default { output: 'export' };\n" }),
    ).toEqual(['out', 'next.config.mjs', "`output: 'export'`"]);
    const moved = "module.exports = { output: 'export', distDir: 'build' };\n";
    expect(output({ 'package.json': next, 'next.config.js': moved })).toBeUndefined();
  });
  it('gives no folder for one it cannot read plainly', () => {
    const vite = pkg('vite build', { vite: '5' });
    expect(
      output({ 'package.json': vite, 'vite.config.js': 'build: { outDir: resolve(root, "x") }' }),
    ).toBeUndefined();
    expect(output({ 'package.json': pkg('vite build --outDir $OUT', { vite: '5' }) })).toBeUndefined();
    expect(output({ 'package.json': pkg('vite build --outDir ../up', { vite: '5' }) })).toBeUndefined();
    expect(output({ 'package.json': pkg('esbuild a.ts --bundle', { esbuild: '0.23' }) })).toBeUndefined();
    expect(
      output({ 'package.json': pkg('ng build', { '@angular/cli': '18' }), 'angular.json': '{ "projects": ' }),
    ).toBeUndefined();
  });
});
