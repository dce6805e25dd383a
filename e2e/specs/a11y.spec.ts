import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { editorReady, expect, test, waitReady } from './fixtures';

async function seriousViolations(page: Page) {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
}

test('axe: no serious accessibility violations on any tab', async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto('/');
  await editorReady(page);
  await waitReady(page);
  expect(await seriousViolations(page), 'findings tab').toEqual([]);
  await page.getByTestId('tab-rewrite').click();
  await expect(page.locator('.monaco-diff-editor')).toBeVisible();
  await page.getByTestId('changes').locator('.change-title').first().click();
  expect(await seriousViolations(page), 'rewrite tab').toEqual([]);
  await page.getByTestId('tab-layers').click();
  expect(await seriousViolations(page), 'layers tab').toEqual([]);
  await page.getByTestId('tab-practices').click();
  await page.getByRole('button', { name: /P05/ }).first().click();
  expect(await seriousViolations(page), 'practices tab').toEqual([]);
});

test('axe: Korean interface and presenter mode', async ({ page }) => {
  await page.goto('/');
  await waitReady(page);
  await page.getByTestId('lang').selectOption('ko');
  await page.getByRole('button', { name: '발표 모드' }).click();
  // presenter mode gives the editor's room to the results
  await expect(page.getByTestId('source-editor')).toHaveCount(0);
  await expect(page.getByTestId('tab-findings')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('axe: settings and About dialogs, in the dark theme, in both languages', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  await editorReady(page);
  await waitReady(page);
  expect(await seriousViolations(page), 'dark findings').toEqual([]);
  await page.getByTestId('tab-rewrite').click();
  await expect(page.locator('.monaco-diff-editor')).toBeVisible();
  expect(await seriousViolations(page), 'dark rewrite').toEqual([]);
  for (const lang of ['en', 'ko']) {
    await page.getByTestId('lang').selectOption(lang);
    await page.getByTestId('open-settings').click();
    await expect(page.getByTestId('settings')).toBeVisible();
    expect(await seriousViolations(page), `settings ${lang}`).toEqual([]);
    await page.keyboard.press('Escape');
    await page.getByTestId('about').click();
    await expect(page.locator('dialog.about')).toBeVisible();
    expect(await seriousViolations(page), `about ${lang}`).toEqual([]);
    await page.keyboard.press('Escape');
  }
});
