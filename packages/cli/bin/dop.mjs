#!/usr/bin/env node
// Runs the TypeScript sources through tsx, so the CLI needs no build step inside the repository.
import { register } from 'tsx/esm/api';

register();
// `dop lint | head`: a reader that goes away is not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
}
const { main } = await import('../src/main.ts');
process.exitCode = await main(process.argv.slice(2));
