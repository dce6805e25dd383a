/**
 * The analyzer and rewriter as they ship: bundled by esbuild, as the CLI and the browser worker
 * run them. Through tsx every function carries esbuild's keep-names wrapper and each module is
 * transformed on load, which made in-process timings 10–20% slower than the shipped code.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as workspace from '@dop/analyzer';
import * as workspaceRewriter from '@dop/rewriter';
import { BENCH_DIR } from './setup.js';

export interface Library {
  analyze: typeof workspace.analyze;
  rewrite: typeof workspaceRewriter.rewrite;
  /** How the functions were loaded, for the report. */
  how: string;
}

export async function loadShippedLibrary(log: (s: string) => void): Promise<Library> {
  const dir = path.join(BENCH_DIR, 'results', 'tmp');
  const out = path.join(dir, 'library.mjs');
  try {
    mkdirSync(dir, { recursive: true });
    const { build } = await import('esbuild');
    await build({
      stdin: {
        contents: "export { analyze } from '@dop/analyzer';\nexport { rewrite } from '@dop/rewriter';\n",
        resolveDir: BENCH_DIR,
        loader: 'js',
      },
      outfile: out,
      bundle: true,
      format: 'esm',
      platform: 'neutral',
      mainFields: ['module', 'main'],
      logLevel: 'error',
    });
    const lib = (await import(pathToFileURL(out).href)) as Omit<Library, 'how'>;
    return { analyze: lib.analyze, rewrite: lib.rewrite, how: 'bundled by esbuild, as shipped' };
  } catch (e) {
    log(`in process: bundling failed (${String(e).split('\n')[0]}); timing the sources through tsx`);
    return { analyze: workspace.analyze, rewrite: workspaceRewriter.rewrite, how: 'sources through tsx' };
  }
}
