/** Practice pages: what the notes say and what is true today, and a bad and a good example to open. */
import { editorReady, expect, test, waitReady } from './fixtures';

test('a practice page corrects the folklore and opens its good example in the editor', async ({ page }) => {
  await page.goto('/');
  await editorReady(page);
  await waitReady(page);
  await page.getByTestId('tab-practices').click();
  await page.getByRole('button', { name: /P17/ }).first().click();
  const folklore = page.getByTestId('folklore');
  await expect(folklore).toContainText('The notes say');
  await expect(folklore).toContainText('docker-clean');
  const examples = page.getByTestId('practice-examples');
  await expect(examples).toContainText('Example from DOP');
  const good = await examples.locator('pre.code.good').textContent();
  await examples.getByRole('button', { name: 'Open the good example in the editor' }).click();
  await expect(page.getByTestId('tab-findings')).toHaveAttribute('aria-selected', 'true');
  const firstLine = (good ?? '').split('\n')[0]!;
  await expect(page.getByTestId('source-editor').locator('.view-lines')).toContainText(
    firstLine.replace(/ /g, '\u00a0'),
  );
});

test('in Korean the page says 노트에서는 / 오늘은', async ({ page }) => {
  await page.goto('/');
  await editorReady(page);
  await page.getByTestId('lang').selectOption('ko');
  await page.getByTestId('tab-practices').click();
  await page.getByRole('button', { name: /P25/ }).first().click();
  await expect(page.getByTestId('folklore').first()).toContainText('노트에서는');
  await expect(page.getByTestId('folklore').first()).toContainText('오늘은');
});
