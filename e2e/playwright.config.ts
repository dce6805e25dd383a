import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

/**
 * e2e against the BUILT playground, served by `vite preview`. Uses Debian's Chromium when it is
 * there; Playwright's own browser only as a fallback (it is never downloaded by these tests).
 */
const SYSTEM_CHROMIUM = '/usr/bin/chromium';
const PORT = 4178;

export default defineConfig({
  testDir: './specs',
  // outside the linted tree (Biome would format Playwright's own JSON files)
  outputDir: '../node_modules/.cache/dop-e2e/test-results',
  timeout: 30_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 4,
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
    command: `pnpm exec vite build && pnpm exec vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
    cwd: '..',
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
