/**
 * Screenshots for people to look at (1440×900, 1280×720 and narrow 390×844, English and Korean,
 * light and dark), written to
 * e2e/screenshots/ (gitignored). Load and keystroke timings are measured in `pnpm bench`, not here.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { editorReady, expect, test, waitReady } from './fixtures';

const DIR = fileURLToPath(new URL('../screenshots/', import.meta.url));
mkdirSync(DIR, { recursive: true });

const shot = (page: Page, name: string, fullPage = false) =>
  page.screenshot({ path: `${DIR}${name}.png`, fullPage });

for (const [label, viewport] of [
  ['desktop', { width: 1440, height: 900 }],
  ['laptop', { width: 1280, height: 720 }],
  ['narrow', { width: 390, height: 844 }],
] as const) {
  test(`screenshots: ${label}`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto('/');
    await editorReady(page);
    await waitReady(page);
    await shot(page, `${label}-findings`, label === 'narrow');
    await page.getByTestId('tab-rewrite').click();
    await expect(page.locator('.monaco-diff-editor')).toBeVisible();
    await page.getByTestId('changes').locator('.change-title').first().click();
    await expect(page.getByTestId('changes').locator('.change.selected')).toHaveCount(1);
    await shot(page, `${label}-rewrite`, label === 'narrow');
    await page.getByTestId('tab-layers').click();
    await shot(page, `${label}-layers`, label === 'narrow');
    await page.getByTestId('tab-practices').click();
    await page.getByRole('button', { name: /P23/ }).first().click();
    await shot(page, `${label}-practices`, label === 'narrow');
    await page.getByTestId('examples').selectOption('static');
    await waitReady(page);
    await page.getByTestId('step-through').click();
    await page.getByTestId('step-next').click();
    await expect(page.getByTestId('stepper').locator('#step-title')).toContainText('Step 1 of');
    await shot(page, `${label}-step`, label === 'narrow');
    await page.getByTestId('lang').selectOption('ko');
    await page.getByTestId('tab-findings').click();
    await shot(page, `${label}-korean`, label === 'narrow');
    await page.getByRole('button', { name: '발표 모드' }).click();
    await expect(page.getByRole('button', { name: '발표 모드' })).toHaveAttribute('aria-pressed', 'true');
    await shot(page, `${label}-presenter`);
    // presenter mode hides the editor; the bad-link shot shows the editor beside the message
    await page.getByRole('button', { name: '발표 모드' }).click();
    await expect(page.getByRole('button', { name: '발표 모드' })).toHaveAttribute('aria-pressed', 'false');
    await page.goto('/#v1/corrupt*link');
    await editorReady(page);
    await shot(page, `${label}-bad-link`);
  });

  test(`screenshots: ${label}, settings and dark theme in both languages`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/');
    await editorReady(page);
    await waitReady(page);
    for (const lang of ['en', 'ko'] as const) {
      await page.getByTestId('lang').selectOption(lang);
      await page.getByTestId('tab-rewrite').click();
      await expect(page.locator('.monaco-diff-editor')).toBeVisible();
      await shot(page, `${label}-${lang}-dark-rewrite`, label === 'narrow');
      await page.getByTestId('open-settings').click();
      await expect(page.getByTestId('settings')).toBeVisible();
      await shot(page, `${label}-${lang}-settings`);
      await page.keyboard.press('Escape');
      await page.getByTestId('about').click();
      await shot(page, `${label}-${lang}-about`);
      await page.keyboard.press('Escape');
    }
  });
}
