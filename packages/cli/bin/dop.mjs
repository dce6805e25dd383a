#!/usr/bin/env node
// Runs the bundle (dist/, `pnpm build:cli`) when it is newer than every source it was built from;
// otherwise the TypeScript sources through tsx, so the CLI needs no build step inside the repository.
import { readdirSync, statSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';

// A run is one pass over its files: V8's optimising compiler, at its default budget, compiled
// some 400 of the analyzer's functions (many twice, after a deoptimisation) while the main thread
// had moved on. Over the 997 corpus files that was more CPU than the whole analysis (3.8 s against
// 2.8 s on the main thread) and, on two cores, the main thread's second core; sixteen times the
// budget leaves the optimising compiler the few functions hot enough to repay it
// (docs/performance.md, "Third round: the CLI"). Set before any of the bundle runs; flags are
// per process, so worker threads have it too.
setFlagsFromString('--interrupt-budget=1081344');

// A stderr reader that goes away ends the run; stdout's is handled by the commands (processIo),
// which stop cleanly and say what was and was not written.
process.stderr.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 2);
  throw e;
});

// `pnpm dop …` runs in the repository's root; paths the user typed are relative to where they typed them.
const args = process.argv.slice(2);
if (args[0] === '--from-package-script') {
  args.shift();
  if (process.env.INIT_CWD) process.chdir(process.env.INIT_CWD);
}

const bundle = new URL('../dist/main.js', import.meta.url);
// DOP_BUNDLE=1 runs the bundle as built even if a source changed since (the bench sets it: an edit
// made while it runs must not switch half of its runs to tsx).
const useBundle = process.env.DOP_BUNDLE === '1' || bundleIsFresh();
const { main } = useBundle ? await import(bundle.href) : await fromSources();
process.exitCode = await main(args);

async function fromSources() {
  const { register } = await import('tsx/esm/api');
  register();
  return import('../src/main.ts');
}

/** The newest source of the CLI and the packages it bundles; the bundle must not be older. */
function bundleIsFresh() {
  let built;
  try {
    built = statSync(bundle).mtimeMs;
  } catch {
    return false;
  }
  const packages = new URL('../../', import.meta.url);
  for (const pkg of ['cli', 'analyzer', 'rewriter', 'share']) {
    if (newerThan(new URL(`${pkg}/src/`, packages), built)) return false;
  }
  return true;
}

function newerThan(dir, time) {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return false; // no sources beside a published bundle
  }
  for (const e of entries) {
    const url = new URL(e.isDirectory() ? `${e.name}/` : e.name, dir);
    if (e.isDirectory() ? newerThan(url, time) : statSync(url).mtimeMs > time) return true;
  }
  return false;
}
