import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** The app's unit tests alone: `pnpm vitest run --config app/vitest.config.ts`. */
export default defineConfig({
  test: {
    root: fileURLToPath(new URL('..', import.meta.url)),
    include: ['app/src/**/*.test.ts'],
  },
});
