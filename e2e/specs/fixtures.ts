/**
 * Shared fixtures: every test runs with a network guard (any request that is not to the preview
 * server on localhost is aborted and recorded, and the test fails if there was one) and with
 * console errors collected.
 */
import { type Page, test as base, expect } from '@playwright/test';
import { type SharedState, decodePermalink } from '../../packages/share/src/index';

const LOCAL = new Set(['127.0.0.1', 'localhost']);

export interface Guard {
  external: string[];
  consoleErrors: string[];
}

export const test = base.extend<{ guard: Guard }>({
  guard: [
    async ({ context }, use) => {
      const guard: Guard = { external: [], consoleErrors: [] };
      await context.route('**/*', (route) => {
        const url = new URL(route.request().url());
        if (LOCAL.has(url.hostname)) return route.continue();
        guard.external.push(url.href);
        return route.abort('blockedbyclient');
      });
      context.on('page', (p) => watchConsole(p, guard));
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await use(guard);
      expect(guard.external, 'requests that left localhost').toEqual([]);
    },
    { auto: true },
  ],
});

function watchConsole(page: Page, guard: Guard) {
  page.on('console', (msg) => {
    if (msg.type() === 'error') guard.consoleErrors.push(msg.text());
  });
  page.on('pageerror', (err) => guard.consoleErrors.push(String(err)));
}

export { expect };

/** Waits until the worker has answered for the current text. */
export async function waitReady(page: Page) {
  await expect(page.getByTestId('status')).toHaveAttribute('data-status', 'ready', { timeout: 60_000 });
}

/** Waits until Monaco shows the source text. */
export async function editorReady(page: Page) {
  await expect(page.getByTestId('source-editor').locator('.view-lines')).toBeVisible({ timeout: 60_000 });
}

/** Replaces the editor's text as if the user pasted it. */
export async function pasteIntoEditor(page: Page, text: string) {
  await page.getByTestId('source-editor').locator('.view-lines').click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.insertText(text);
}

/** The state the page mirrors into its URL hash (debounced), decoded as anyone opening the link would. */
export async function hashState(page: Page): Promise<SharedState | null> {
  const hash = await page.evaluate(() => location.hash);
  const r = decodePermalink(hash);
  return r.ok ? r.state : null;
}
