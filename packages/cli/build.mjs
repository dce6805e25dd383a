// Bundles the CLI and its worker into one file each (dist/main.js, dist/worker-main.js): a start
// then loads no TypeScript and no module graph. Through tsx, `dop lint Dockerfile` spends most of
// a second starting; bundled, about a tenth of that. Usage: node build.mjs [outdir]
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = path.dirname(fileURLToPath(import.meta.url));
const outdir = path.resolve(process.argv[2] ?? path.join(here, 'dist'));

await build({
  entryPoints: [path.join(here, 'src/main.ts'), path.join(here, 'src/worker-main.ts')],
  outdir,
  bundle: true,
  platform: 'node',
  format: 'esm',
  // The rewriter (and what only it uses) goes to a chunk of its own, read when a command needs it.
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  target: 'node20',
  // Blanks and comments out, names kept (stack traces stay readable): Node compiles every byte of
  // a module it loads, and a start compiled a megabyte of the bundle.
  minifyWhitespace: true,
  minifySyntax: true,
  // CommonJS dependencies call require(); an ES module has none of its own.
  banner: {
    js: "import { createRequire as __dopCreateRequire } from 'node:module'; const require = __dopCreateRequire(import.meta.url);",
  },
  logLevel: 'warning',
});
