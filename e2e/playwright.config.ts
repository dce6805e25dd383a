import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';

/**
 * e2e against the BUILT playground, served by `vite preview`. Uses Debian's Chromium when it is
 * there; Playwright's own browser only as a fallback (it is never downloaded by these tests).
 */
const SYSTEM_CHROMIUM = '/usr/bin/chromium';
// One port per checkout (two checkouts on one machine can test at once); DOP_E2E_PORT overrides it.
const PORT = Number(process.env.DOP_E2E_PORT) || 4200 + (hash(fileURLToPath(import.meta.url)) % 700);

function hash(text: string): number {
  let h = 0;
  for (const ch of text) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return h;
}

export default defineConfig({
  testDir: './specs',
  // outside the linted tree (Biome would format Playwright's own JSON files)
  outputDir: '../node_modules/.cache/dop-e2e/test-results',
  // A loaded 2-core machine runs a Vite build, a preview server, Chromium and the analysis worker at
  // once: time limits are for hangs, not for speed (speed is measured in `pnpm bench`).
  timeout: 120_000,
  expect: { timeout: 30_000 },
  fullyParallel: true,
  // One Chromium per core at most, and one core left for the page's own worker and the server.
  workers: Math.max(1, Math.min(4, availableParallelism() - 1)),
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    viewport: { width: 1440, height: 900 },
    locale: 'en-US',
    launchOptions: {
      executablePath: existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
      ],
    },
  },
  webServer: {
    command: `vite build && vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
    cwd: '..',
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
