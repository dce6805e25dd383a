// Worker-thread entry: load the TypeScript sources through tsx, as bin/dop.mjs does.
import { register } from 'tsx/esm/api';

register();
await import('../src/worker-main.ts');
