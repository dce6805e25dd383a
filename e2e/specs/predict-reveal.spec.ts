/**
 * Predict-then-reveal as a class meets it: a seed lesson with the findings hidden, lines marked in
 * the editor's gutter and from the keyboard, Reveal scoring each mark; a prepared "predict" slide
 * link on a projector; exercise progress shared as a link and shown beside the receiver's own.
 */
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { encodePermalink } from '../../packages/share/src/index';
import { editorReady, expect, hashState, pasteIntoEditor, test, waitReady } from './fixtures';

const SHOTS = fileURLToPath(new URL('../screenshots/', import.meta.url));

const lineButton = (page: Page, n: number) =>
  page.getByTestId('predict-lines').locator(`li[data-line="${n}"] button`);
const gutterNumber = (page: Page, n: number) =>
  page
    .getByTestId('source-editor')
    .locator('.margin-view-overlays .line-numbers')
    .filter({ hasText: new RegExp(`^${n}$`) });

test('a seed lesson predicted: findings hidden, lines marked in the gutter and by keyboard, each mark scored', async ({
  page,
  guard,
}) => {
  await page.goto('/');
  await editorReady(page);
  await waitReady(page);
  await page.getByTestId('examples').selectOption('seed-django-order');
  await page.getByTestId('predict-toggle').click();
  await expect(page.getByTestId('predict-toggle')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('tab-findings')).toHaveAttribute('aria-selected', 'true');
  await waitReady(page);

  // nothing gives the answer away: no list, no count, no marker, no diff, no layers
  await expect(page.getByTestId('predict')).toContainText('Predict first: which lines are wrong?');
  await expect(page.getByTestId('findings')).toHaveCount(0);
  await expect(page.getByTestId('tab-findings').locator('.count')).toHaveCount(0);
  await expect(page.getByTestId('status')).toContainText('Analysed');
  await expect(page.getByTestId('source-editor').locator('[class*="squiggly"]')).toHaveCount(0);
  await page.getByTestId('tab-rewrite').click();
  await expect(page.locator('#panel-rewrite').getByTestId('predict-hidden')).toBeVisible();
  await expect(page.getByTestId('diff-editor')).toBeHidden();
  await page.getByTestId('tab-layers').click();
  await expect(page.locator('#panel-layers').getByTestId('predict-hidden')).toBeVisible();
  await page.getByTestId('tab-findings').click();

  // line 6 (COPY django_project) from the editor's gutter; line 3 (WORKDIR) from the keyboard
  await gutterNumber(page, 6).click();
  await expect(lineButton(page, 6)).toHaveAttribute('aria-pressed', 'true');
  await lineButton(page, 3).focus();
  await page.keyboard.press('Space');
  await expect(lineButton(page, 3)).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('predict-marked')).toHaveText('Lines marked: 2');
  await expect(page.getByTestId('source-editor').locator('.predict-glyph.predict-marked')).toHaveCount(2);
  await page.screenshot({ path: `${SHOTS}predict-marking.png` });

  await page.getByTestId('predict-reveal').click();
  // the COPY before pip install is the cache lesson (DOP094 names it); the root user is missed
  await expect(page.getByTestId('predict-score')).toContainText('You found 1 of 2 problem lines.');
  await expect(page.getByTestId('predict-score')).toContainText('Marked without a problem: 1.');
  const lines = page.getByTestId('predict-lines');
  await expect(lines.locator('li[data-line="6"]')).toHaveAttribute('data-verdict', 'hit');
  await expect(lines.locator('li[data-line="3"]')).toHaveAttribute('data-verdict', 'false-alarm');
  await expect(lines.locator('li[data-line="1"]')).toHaveAttribute('data-verdict', 'missed');
  // the problem found through the COPY it names sits on the install, which names its rules
  await expect(lines.locator('li[data-line="8"]')).toContainText('DOP094');
  await expect(page.getByTestId('findings').locator('[data-rule="DOP094"]')).toBeVisible();
  await expect(page.getByTestId('source-editor').locator('.predict-glyph.predict-hit')).toHaveCount(1);
  await expect(page.getByTestId('source-editor').locator('[class*="squiggly"]').first()).toBeVisible();
  await page.screenshot({ path: `${SHOTS}predict-revealed.png` });

  // the slide is in the address: mode, marks and reveal
  await expect.poll(async () => (await hashState(page))?.predict).toEqual({ marks: [3, 6], revealed: true });

  // the next version of the note is a new file to predict on
  await page.getByTestId('predict-again').click();
  await expect(page.getByTestId('predict-marked')).toHaveText('Lines marked: 0');
  await page.getByRole('button', { name: 'Next step →' }).click();
  await expect(page.getByTestId('predict-step')).toHaveText('Step 1 of 2');
  await expect(page.getByTestId('findings')).toHaveCount(0);
  expect(guard.consoleErrors).toEqual([]);
});

test('a prepared "predict" slide on a 1280×720 projector: presenter mode, its marks, scored in Korean', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const text =
    'FROM python:3.12\nWORKDIR /app\nCOPY . .\nRUN pip install -r requirements.txt\nCMD python app.py\n';
  await page.goto(`/${encodePermalink({ text, presenter: true, predict: { marks: [2] } })}`);
  await expect(page.getByTestId('predict')).toBeVisible();
  await expect(page.getByTestId('source-editor')).toHaveCount(0);
  await expect(lineButton(page, 2)).toHaveAttribute('aria-pressed', 'true');
  // the class changes its mind from the keyboard: line 2 off, line 3 (COPY . .) on
  await lineButton(page, 2).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(lineButton(page, 3)).toHaveAttribute('aria-pressed', 'true');
  await expect(lineButton(page, 2)).toHaveAttribute('aria-pressed', 'false');
  await page.getByTestId('lang').selectOption('ko');
  await expect(page.getByTestId('predict')).toContainText('먼저 예측해 보세요');
  // the editor (and its status) is hidden: Reveal waits for the analysis by itself
  await expect(page.getByTestId('predict-reveal')).toBeEnabled({ timeout: 60_000 });
  await page.getByTestId('predict-reveal').click();
  await expect(page.getByTestId('predict-score')).toContainText(/문제 행 \d+개 중 \d+개를 찾았습니다\./);
  await expect(page.getByTestId('predict-lines').locator('li[data-line="3"]')).toHaveAttribute(
    'data-verdict',
    'hit',
  );
  await expect(page.getByTestId('predict-lines').locator('li[data-line="5"]')).toContainText('놓침');
  await page.screenshot({ path: `${SHOTS}predict-presenter-ko.png` });
});

test('progress shared as a link: shown beside the receiver’s own, added only when asked', async ({
  page,
  browser,
}) => {
  await page.goto('/');
  await editorReady(page);
  await page.getByTestId('tab-practices').click();
  await page.getByRole('button', { name: 'Leave no apt lists in the image' }).click();
  await pasteIntoEditor(
    page,
    'FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\n',
  );
  await expect(page.getByTestId('exercise-status')).toContainText('done, the analyzer agrees');
  await expect(page.getByTestId('exercises').locator('h3')).toContainText(/1 of \d+ done/);
  await page.getByTestId('share-progress').click();
  const link = await page.getByTestId('permalink').inputValue();

  // another learner's browser, with progress of its own
  const other = await browser.newContext();
  await other.addInitScript(() => {
    if (!localStorage.getItem('dop.exercises.done'))
      localStorage.setItem('dop.exercises.done', '["ex-signals"]');
  });
  const them = await other.newPage();
  await them.goto(link);
  const box = them.getByTestId('link-progress');
  await expect(box).toContainText(/Progress from a link: 1 of \d+ done/);
  await expect(box).toContainText(/your own progress \(1 of \d+\) stays as it is/);
  await expect(them.getByTestId('exercises').locator('h3')).toContainText(/1 of \d+ done/);
  await expect(them.getByRole('button', { name: /Leave no apt lists/ })).toContainText('done in the link');
  // the sender's file is checked here, and not recorded as the receiver's work
  await expect(them.getByTestId('exercise-status')).toContainText('done, the analyzer agrees');
  expect(await them.evaluate(() => localStorage.getItem('dop.exercises.done'))).toBe('["ex-signals"]');
  // hidden, the box goes and the receiver's progress is still their own
  await them.getByRole('button', { name: 'Hide', exact: true }).click();
  await expect(box).toHaveCount(0);
  await expect(them.getByTestId('exercise-status')).toContainText('done, the analyzer agrees');
  expect(await them.evaluate(() => localStorage.getItem('dop.exercises.done'))).toBe('["ex-signals"]');
  // opened again, they add it
  await them.goto('about:blank');
  await them.goto(link);
  await them.getByTestId('link-progress-merge').click();
  await expect(them.getByTestId('exercises').locator('h3')).toContainText(/2 of \d+ done/);
  expect(await them.evaluate(() => localStorage.getItem('dop.exercises.done'))).toBe(
    '["ex-apt-lists","ex-signals"]',
  );
  await other.close();
});

test('a link whose progress is damaged opens the rest and says what was left out', async ({ page }) => {
  const forged = encodePermalink({
    text: 'FROM alpine:3.20\nCOPY . .\n',
    view: 'practices',
    progress: { done: ['../../etc/passwd'] },
  });
  await page.goto(`/${forged}`);
  await expect(page.getByTestId('notice')).toContainText(
    'Part of this link was damaged and left out (the exercise progress)',
  );
  await expect(page.getByTestId('notice')).toContainText('progress.done must be');
  await expect(page.getByTestId('tab-practices')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('link-progress')).toHaveCount(0);
  await editorReady(page);
  await expect(page.getByTestId('source-editor').locator('.view-lines')).toContainText('COPY\u00a0.\u00a0.');
});
