/**
 * The workshop as a class meets it: a seed lesson from the teaching notes stepped with a clicker,
 * the rewrite stepped lesson by lesson, presenter mode on a 1280×720 projector, and one link per
 * slide that opens on that slide.
 */
import { readFileSync } from 'node:fs';
import { decodePermalink } from '../../packages/share/src/index';
import { editorReady, expect, pasteIntoEditor, test, waitReady } from './fixtures';

const editorText = (page: import('@playwright/test').Page) =>
  page.getByTestId('source-editor').locator('.view-lines');

test('a seed lesson from the notes: steps with PageDown/PageUp, the editor follows, credited', async ({
  page,
}) => {
  await page.goto('/');
  await editorReady(page);
  await waitReady(page);
  await page.getByTestId('examples').selectOption('seed-python-layers');
  const stepper = page.getByTestId('stepper');
  const heading = page.getByTestId('step-title');
  await expect(heading).toHaveText('Step 0 of 3');
  await expect(page.getByTestId('step-lesson')).toHaveText('The first version');
  await expect(stepper).toContainText('(IMHO) Dockerfile Best Practices');
  await expect(stepper).toContainText('PEP 668');
  await expect(page.getByTestId('step-metrics')).toContainText('a source edit re-runs 2');

  // a clicker sends PageDown; focus is on the page, not in the editor
  await heading.click();
  await page.keyboard.press('PageDown');
  await expect(heading).toHaveText('Step 1 of 3');
  await expect(page.getByTestId('step-lesson')).toHaveText('Dependencies before the source');
  await expect(page.getByTestId('step-metrics')).toContainText('a source edit re-runs 1');
  await expect(page.getByTestId('step-metrics')).toContainText('before:');
  await expect(editorText(page)).toContainText('COPY\u00a0requirements.txt\u00a0.');
  await waitReady(page);
  await page.keyboard.press('ArrowRight');
  await expect(heading).toHaveText('Step 2 of 3');
  await page.keyboard.press('PageUp');
  await expect(heading).toHaveText('Step 1 of 3');
});

test('the rewrite steps by lesson: the cache first, with its effect on what re-runs', async ({ page }) => {
  await page.goto('/');
  await waitReady(page);
  await page.getByTestId('examples').selectOption('python');
  await waitReady(page);
  await page.getByTestId('step-through').click();
  await expect(page.getByTestId('step-title')).toContainText(/Step 0 of \d+/);
  await page.getByTestId('step-next').click();
  await expect(page.getByTestId('step-lesson')).toHaveText('Cache: dependencies before the source');
  await expect(page.getByTestId('step-metrics')).toContainText('a source edit re-runs 1');
  await page.getByTestId('step-next').click();
  await expect(page.getByTestId('step-lesson')).toContainText('Size');
  const total = Number((await page.getByTestId('step-title').textContent())!.match(/of (\d+)/)![1]);
  for (let i = 2; i < total; i++) await page.getByTestId('step-next').click();
  // trivia comes last, in one step
  await expect(page.getByTestId('step-lesson')).toContainText('Tidy-up');
});

test('presenter mode at 1280×720: no editor, the inline diff, lines wrapped', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/');
  await waitReady(page);
  await page.getByTestId('step-through').click();
  await page.getByTestId('step-next').click();
  await page.getByRole('button', { name: 'Presenter' }).click();
  await expect(page.getByTestId('source-editor')).toHaveCount(0);
  await expect(page.getByRole('radio', { name: 'Inline' })).toBeChecked();
  // no line of the diff runs past the right edge of its editor
  const diff = page.getByTestId('diff-editor');
  await expect(diff.locator('.view-line').first()).toBeVisible();
  const cut = await diff.evaluate((host) => {
    const right = host.getBoundingClientRect().right;
    return Array.from(host.querySelectorAll('.view-line span span'))
      .filter((s) => (s.textContent ?? '').trim() !== '')
      .filter((s) => s.getBoundingClientRect().right > right + 1).length;
  });
  expect(cut).toBe(0);
});

test('one link per slide: step, lesson, presenter mode and tab open as they were sent', async ({
  page,
  browser,
}) => {
  await page.goto('/');
  await waitReady(page);
  await page.getByTestId('examples').selectOption('seed-apt-one-run');
  await expect(page.getByTestId('step-title')).toHaveText('Step 0 of 2');
  await page.getByTestId('step-next').click();
  await expect(page.getByTestId('step-title')).toHaveText('Step 1 of 2');
  await page.getByRole('button', { name: 'Presenter' }).click();
  await expect(page).toHaveURL(/#v2\//);
  await expect
    .poll(async () => {
      const hash = new URL(page.url()).hash;
      const r = decodePermalink(hash);
      return r.ok ? [r.state.step, r.state.lesson, r.state.presenter, r.state.view] : null;
    })
    .toEqual([1, 'seed-apt-one-run', true, 'rewrite']);
  const link = page.url();

  const other = await browser.newPage();
  await other.goto(link);
  await expect(other.getByTestId('step-title')).toHaveText('Step 1 of 2');
  await expect(other.getByTestId('step-lesson')).toHaveText('One RUN, packages sorted');
  await expect(other.getByRole('button', { name: 'Presenter' })).toHaveAttribute('aria-pressed', 'true');
  await expect(other.getByTestId('tab-rewrite')).toHaveAttribute('aria-selected', 'true');
  await other.close();
});

test('in Korean a seed lesson’s comments are Korean, and FROM is a base image in the layer view', async ({
  page,
}) => {
  await page.goto('/');
  await editorReady(page);
  await page.getByTestId('lang').selectOption('ko');
  await page.getByTestId('examples').selectOption('seed-graceful-shutdown');
  await expect(page.getByTestId('step-title')).toHaveText('4단계 중 0단계');
  await expect(editorText(page)).toContainText('서버\u00a0대신\u00a0쓰는\u00a0명령');
  await expect(page.getByTestId('stepper')).toContainText('강의 노트');
  await waitReady(page);
  await page.getByTestId('tab-layers').click();
  await expect(page.locator('.layer-state').first()).toHaveText('베이스 이미지');
});

test('an exercise is checked by the analyzer and kept as done after a reload', async ({ page }) => {
  await page.goto('/');
  await editorReady(page);
  await waitReady(page);
  await page.getByTestId('tab-practices').click();
  const box = page.getByTestId('exercises');
  await expect(box).toContainText('0 of 7 done');
  await box.getByRole('button', { name: 'Let the app receive SIGTERM' }).click();
  await waitReady(page);
  await expect(page.getByTestId('exercise-status')).toContainText('not yet');
  await pasteIntoEditor(page, 'FROM node:22-slim\nWORKDIR /app\nCOPY . .\nCMD ["node", "server.js"]\n');
  await waitReady(page);
  await expect(page.getByTestId('exercise-status')).toContainText('done, the analyzer agrees');
  await expect(box).toContainText('1 of 7 done');
  await page.reload();
  await editorReady(page);
  await page.getByTestId('tab-practices').click();
  await expect(page.getByTestId('exercises')).toContainText('1 of 7 done');
});

test('a seed version the build lab made shows the size measured there', async ({ page }) => {
  const lab = JSON.parse(
    readFileSync(new URL('../../app/src/data/lab-summary.json', import.meta.url), 'utf8'),
  ) as {
    seeds: { seed: string; step: number; sizeMB: number }[];
  };
  const first = lab.seeds.find((x) => x.seed === 'seed-apt-one-run' && x.step === 0);
  expect(first, 'pnpm lab --seeds measured seed-apt-one-run').toBeDefined();
  await page.goto('/');
  await editorReady(page);
  await waitReady(page);
  await page.getByTestId('examples').selectOption('seed-apt-one-run');
  await expect(page.getByTestId('step-measured')).toHaveText(
    `Measured in the build lab: ${Math.round(first!.sizeMB)} MB (this version, built on a local stand-in base image)`,
  );
  // a lesson the lab cannot build (Alpine) shows no measured size
  await page.getByTestId('examples').selectOption('seed-python-layers');
  await expect(page.getByTestId('step-lesson')).toHaveText('The first version');
  await expect(page.getByTestId('step-measured')).toHaveCount(0);
});
