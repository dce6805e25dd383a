/**
 * What the playground offers besides the analysis: settings (.dop.yaml), layout and theme, open
 * or drop a file, an editable .dockerignore, exports, and the About dialog.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { editorReady, expect, hashState, pasteIntoEditor, test, waitReady } from './fixtures';

const APT = `FROM debian:12
RUN apt-get update && apt-get install curl
CMD ["curl", "--version"]
`;

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

test('settings: a rule switched off, kept after a reload, and exported as .dop.yaml', async ({ page }) => {
  await page.goto('/');
  await editorReady(page);
  await pasteIntoEditor(page, APT);
  await expect(page.locator('[data-rule="DOP050"]')).toBeVisible();
  await page.getByTestId('open-settings').click();
  const dialog = page.getByTestId('settings');
  await expect(dialog).toBeVisible();
  await dialog.getByTestId('settings-filter').fill('DOP050');
  await dialog.getByRole('combobox', { name: 'Severity of DOP050' }).selectOption('off');
  await dialog.getByRole('button', { name: 'Copy as YAML' }).click();
  await expect.poll(() => clipboard(page)).toContain('DOP050: off');
  await dialog.getByRole('button', { name: 'Close' }).first().click();
  await waitReady(page);
  await expect(page.locator('[data-rule="DOP050"]')).toHaveCount(0);
  await page.reload();
  await waitReady(page);
  await expect(page.locator('[data-rule="DOP050"]')).toHaveCount(0);
  await expect(page.locator('[data-rule="DOP051"]')).toBeVisible(); // the others still run
});

test('settings: import a .dop.yaml, and a broken one is refused with its reason', async ({ page }) => {
  await page.goto('/');
  await editorReady(page);
  await pasteIntoEditor(page, APT);
  await expect(page.locator('[data-rule="DOP050"] .sev')).toHaveText('warning');
  await page.getByTestId('open-settings').click();
  await page.getByTestId('settings-import').setInputFiles({
    name: '.dop.yaml',
    mimeType: 'text/yaml',
    buffer: Buffer.from('severity:\n  DOP050: error\nrewrite:\n  runtimeUid: 1234\n'),
  });
  await expect(page.getByTestId('notice')).toContainText('Settings imported');
  await expect(page.getByRole('spinbutton', { name: 'Runtime user id' }).first()).toHaveValue('1234');
  await page.keyboard.press('Escape');
  await waitReady(page);
  await expect(page.locator('[data-rule="DOP050"] .sev')).toHaveText('error');
  await page.getByTestId('open-settings').click();
  await page.getByTestId('settings-import').setInputFiles({
    name: '.dop.yaml',
    mimeType: 'text/yaml',
    buffer: Buffer.from('severity:\n  DOP050: loud\n'),
  });
  await expect(page.getByTestId('notice')).toContainText('nothing changed');
  await expect(page.getByTestId('notice')).toContainText('severity.DOP050');
});

test('theme follows the system, and the settings can choose', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  await waitReady(page);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.getByTestId('open-settings').click();
  await page.getByTestId('settings').getByRole('radio', { name: 'Light' }).check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await expect(page.locator('.monaco-editor').first()).toHaveClass(/vs(?!-dark)/);
});

test('layout: hide the editor for a full-width diff; resize the split with the keyboard', async ({
  page,
}) => {
  await page.goto('/');
  await waitReady(page);
  const splitter = page.getByTestId('splitter');
  const before = Number(await splitter.getAttribute('aria-valuenow'));
  await splitter.focus();
  await page.keyboard.press('ArrowLeft');
  await expect(splitter).toHaveAttribute('aria-valuenow', String(before + 5));
  await page.getByTestId('tab-rewrite').click();
  await expect(page.locator('.monaco-diff-editor')).toBeVisible();
  const narrow = (await page.locator('.monaco-diff-editor').boundingBox())!.width;
  await page.getByTestId('toggle-editor').click();
  await expect(page.getByTestId('source-editor')).toHaveCount(0);
  await expect
    .poll(async () => (await page.locator('.monaco-diff-editor').boundingBox())!.width)
    .toBeGreaterThan(narrow * 1.3);
  await page.keyboard.press('Alt+E');
  await expect(page.getByTestId('source-editor')).toBeVisible();
});

test('open a file from the computer, or drop one on the editor', async ({ page }) => {
  await page.goto('/');
  await editorReady(page);
  await page.getByTestId('open-file').setInputFiles({
    name: 'Dockerfile',
    mimeType: 'application/octet-stream',
    buffer: Buffer.from(APT),
  });
  await expect(page.getByTestId('notice')).toContainText('Opened Dockerfile');
  await expect.poll(async () => (await hashState(page))?.text).toBe(APT);
  const dropped = 'FROM alpine:3.20\nRUN apk add curl\n';
  await page.getByTestId('editor-drop').evaluate((el, text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], 'Dockerfile.dev'));
    el.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
    el.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, dropped);
  await expect.poll(async () => (await hashState(page))?.text).toBe(dropped);
  // not a text file: refused, the text kept
  await page.getByTestId('open-file').setInputFiles({
    name: 'image.png',
    mimeType: 'image/png',
    buffer: Buffer.from([137, 80, 78, 71, 0, 0, 0, 13]),
  });
  await expect(page.getByTestId('notice')).toContainText('not a text file');
  expect((await hashState(page))?.text).toBe(dropped);
});

test('the suggested .dockerignore can be edited before it is copied', async ({ page }) => {
  await page.goto('/');
  await waitReady(page);
  await page.getByTestId('tab-rewrite').click();
  await page.locator('summary', { hasText: '.dockerignore' }).click();
  const area = page.getByTestId('dockerignore');
  await expect(area).toHaveValue(/\.git/);
  await area.fill('node_modules\nsecrets/\n');
  await page.getByRole('button', { name: 'Copy .dockerignore' }).click();
  await expect.poll(() => clipboard(page)).toBe('node_modules\nsecrets/\n');
  await page.getByRole('button', { name: 'Back to the suggestion' }).click();
  await expect(area).toHaveValue(/\.git/);
});

test('export: findings as Markdown, SARIF and JSON; the rewrite as Markdown', async ({ page }) => {
  await page.goto('/');
  await editorReady(page);
  await pasteIntoEditor(page, APT);
  await waitReady(page);
  const exportBar = page.getByTestId('export');
  await exportBar.getByRole('button', { name: 'Copy as Markdown' }).click();
  await expect.poll(() => clipboard(page)).toContain('| Line | Severity | Rule | Message |');
  expect(await clipboard(page)).toContain('DOP050');

  const [sarif] = await Promise.all([
    page.waitForEvent('download'),
    exportBar.getByRole('button', { name: 'Download SARIF' }).click(),
  ]);
  expect(sarif.suggestedFilename()).toBe('dop.sarif');
  const log = JSON.parse(readFileSync((await sarif.path())!, 'utf8'));
  expect(log.version).toBe('2.1.0');
  const results = log.runs[0].results as Array<{
    ruleId: string;
    partialFingerprints: Record<string, string>;
  }>;
  const count = await page.getByTestId('findings').locator(':scope > li').count();
  expect(results).toHaveLength(count);
  for (const r of results) expect(r.partialFingerprints['dop/v1']).toMatch(/^[0-9a-f]{32}$/);

  const [json] = await Promise.all([
    page.waitForEvent('download'),
    exportBar.getByRole('button', { name: 'Download JSON' }).click(),
  ]);
  const doc = JSON.parse(readFileSync((await json.path())!, 'utf8'));
  expect(doc.files[0].findings.map((f: { ruleId: string }) => f.ruleId)).toContain('DOP050');

  await page.getByTestId('tab-rewrite').click();
  await page.getByTestId('copy-rewrite-markdown').click();
  await expect.poll(() => clipboard(page)).toContain('### Optimized Dockerfile');
  expect(await clipboard(page)).toContain('```dockerfile\nFROM debian:12\n');
});

test('About: version, rule count, and what the page keeps', async ({ page }) => {
  await page.goto('/');
  await waitReady(page);
  await page.getByTestId('about').click();
  const dialog = page.getByRole('dialog', { name: 'About the playground' });
  await expect(dialog.getByTestId('app-version')).toHaveText(/^\d+\.\d+\.\d+/);
  await expect
    .poll(async () => Number(await dialog.getByTestId('rule-count').textContent()))
    .toBeGreaterThan(100);
  await expect(dialog).toContainText('nothing is sent to a server');
  await dialog.getByRole('button', { name: 'Browse the rules' }).click();
  await expect(page.getByTestId('tab-practices')).toHaveAttribute('aria-selected', 'true');
});
