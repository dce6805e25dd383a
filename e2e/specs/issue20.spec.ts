/**
 * What a demanding user met in the playground (leaking steps, file names, Monaco's language,
 * misleading states, console errors, findings on real files), each checked as the user sees it.
 */
import type { Page, Route } from '@playwright/test';
import { encodePermalink } from '../../packages/share/src/index';
import { editorReady, expect, hashState, pasteIntoEditor, test, waitReady } from './fixtures';

const APT = `FROM debian:12
RUN apt-get update && apt-get install curl
CMD ["curl", "--version"]
`;

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());
/** The text Monaco shows in the diff's right-hand (modified) editor. */
const modifiedSide = (page: Page) => page.locator('.monaco-diff-editor .editor.modified .view-lines');

/** Holds the analysis worker's script until `release` is called: the page waits for its worker. */
async function holdWorker(page: Page): Promise<() => void> {
  let release!: () => void;
  const released = new Promise<void>((r) => {
    release = r;
  });
  await page.context().route(/analysis\.worker[^/]*\.js/, async (route: Route) => {
    await released;
    await route.continue();
  });
  return release;
}

test('step-through: each step shows exactly its own change', async ({ page }) => {
  await page.goto('/');
  await waitReady(page);
  await page.getByTestId('examples').selectOption('python');
  await waitReady(page);
  await page.getByTestId('step-through').click();
  const heading = page.getByTestId('stepper').locator('#step-title');
  await expect(heading).toContainText(/Step 0 of \d+/);
  await page.getByTestId('step-next').click();
  await expect(heading).toContainText('Step 1 of');
  // steps follow the lessons (docs/teaching.md): the cache lesson first
  await expect(page.getByTestId('stepper')).toContainText('Cache: dependencies before the source');
  await expect(modifiedSide(page)).toContainText('COPY requirements.txt');
  // the apt lists are cleaned by a later change, not by the cache lesson
  await expect(modifiedSide(page)).not.toContainText('/var/lib/apt/lists');
  await page.getByTestId('step-next').click();
  await expect(heading).toContainText('Step 2 of');
  await expect(modifiedSide(page)).not.toContainText('/var/lib/apt/lists');
});

test('downloads are named Dockerfile and .dockerignore, and the notice says what to do', async ({ page }) => {
  await page.goto('/');
  await waitReady(page);
  await page.getByTestId('tab-rewrite').click();
  const [dockerfile] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download Dockerfile' }).click(),
  ]);
  expect(dockerfile.suggestedFilename()).toBe('Dockerfile');
  await page.locator('summary', { hasText: '.dockerignore' }).click();
  const [ignore] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download .dockerignore' }).click(),
  ]);
  // Chromium drops a leading dot (a browser rule); never a ".txt" added
  expect(['.dockerignore', 'dockerignore']).toContain(ignore.suggestedFilename());
  await expect(page.getByTestId('notice')).toContainText('rename it to .dockerignore');
});

test('Korean: Monaco speaks Korean, and hovers show no raw Markdown', async ({ page }) => {
  await page.goto('/');
  await editorReady(page);
  await page.getByTestId('lang').selectOption('ko');
  await pasteIntoEditor(page, 'FROM python:3.12\nRUN pip install flask\n');
  await expect(page.locator('[data-rule="DOP070"]')).toBeVisible();
  await page.locator('.monaco-editor .view-line').nth(1).getByText('pip', { exact: false }).first().hover();
  const hover = page.locator('.monaco-hover').filter({ hasText: 'DOP070' }).first();
  await expect(hover).toBeVisible();
  await expect(hover).toContainText('문제 보기'); // Monaco's "View Problem"
  expect(await hover.textContent()).not.toContain('`');
  // the problems peek: Monaco's "1 of 1 problems" in Korean, the message without backticks
  await page.locator('.monaco-editor .view-line').nth(1).click();
  await page.keyboard.press('F8');
  const peek = page.locator('.marker-widget');
  await expect(peek).toBeVisible();
  await expect(page.locator('.peekview-title, .marker-widget').first()).toContainText('개 중');
  expect(await peek.textContent()).not.toContain('`');
});

test('typing a Dockerfile key by key completes (its speed is measured in pnpm bench)', async ({ page }) => {
  await page.goto('/');
  await waitReady(page);
  await page.getByTestId('source-editor').locator('.view-lines').click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Delete');
  let text = 'FROM alpine:3.20\n';
  while (text.length < 1200) text += 'RUN echo one more line of a typed file\n';
  await page.keyboard.type(text);
  await expect.poll(async () => (await hashState(page))?.text, { timeout: 120_000 }).toBe(text);
  await waitReady(page);
  await expect(page.locator('[data-rule="DOP099"]').first()).toBeVisible();
});

test('a shared link on the Rewrite tab says it is computing the diff', async ({ page }) => {
  const release = await holdWorker(page);
  await page.goto(`/${encodePermalink({ text: APT, view: 'rewrite' })}`);
  await expect(page.getByTestId('tab-rewrite')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('diff-busy')).toBeVisible();
  await expect(page.getByTestId('diff-busy')).toContainText('Computing the diff');
  release();
  await waitReady(page);
  await expect(page.getByTestId('diff-busy')).toBeHidden();
  await expect(modifiedSide(page)).toContainText('--no-install-recommends');
});

test('after an analysis timeout the panels say so instead of "0 findings"', async ({ page }) => {
  test.setTimeout(180_000);
  // a worker that never answers: the page's time limit stops it
  await page.context().route(/analysis\.worker[^/]*\.js/, (route) =>
    route.fulfill({
      contentType: 'text/javascript',
      body: "self.postMessage({ type: 'ready', rules: [] }); self.onmessage = () => {};",
    }),
  );
  await page.goto('/');
  await expect(page.getByTestId('status')).toHaveAttribute('data-status', 'timeout', { timeout: 60_000 });
  await expect(page.getByTestId('results-state')).toContainText('stopped');
  await expect(page.getByTestId('tab-findings').locator('.count')).toHaveCount(0);
  await page.getByTestId('tab-layers').click();
  await expect(page.locator('#panel-layers')).toContainText('stopped');
});

test('an empty editor prompts for a Dockerfile and reports nothing', async ({ page }) => {
  await page.goto('/');
  await waitReady(page);
  await expect(page.getByTestId('empty-prompt')).toHaveCount(0);
  await page.getByTestId('source-editor').locator('.view-lines').click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Delete');
  await expect(page.getByTestId('empty-prompt')).toContainText('Paste or drop a Dockerfile here');
  await expect(page.getByTestId('status')).toHaveAttribute('data-status', 'empty');
  await expect(page.getByTestId('findings')).toHaveCount(0);
  await expect(page.locator('.sev-error')).toHaveCount(0);
  await page.getByTestId('tab-layers').click();
  await expect(page.locator('#panel-layers')).not.toContainText('MB');
  await expect(page.locator('#panel-layers')).toContainText('empty');
});

test('a hash edited while the page is open loads that link; a bad one keeps the text', async ({ page }) => {
  await page.goto('/');
  await waitReady(page);
  await page.evaluate(
    (h) => {
      location.hash = h;
    },
    encodePermalink({ text: APT }),
  );
  await expect(page.locator('[data-rule="DOP050"]')).toBeVisible();
  await page.evaluate(() => {
    location.hash = '#v1/this*is*not*a*link';
  });
  await expect(page.getByTestId('notice')).toContainText('damaged');
  await expect(page.getByTestId('notice')).toContainText('Your text is unchanged');
  await expect(page.getByTestId('notice')).not.toContainText('default example');
  await expect(page.locator('[data-rule="DOP050"]')).toBeVisible();
});

test('notices float over the page and can be dismissed', async ({ page }) => {
  await page.goto('/');
  await waitReady(page);
  const before = await page.locator('main').boundingBox();
  await page.getByTestId('share').click();
  const notice = page.getByTestId('notice');
  await expect(notice).toBeVisible();
  expect(await page.locator('main').boundingBox()).toEqual(before);
  await page.getByTestId('dismiss').click();
  await expect(notice).toHaveCount(0);
  await page.getByTestId('share').click();
  await expect(notice).toBeVisible();
  await page.locator('body').press('Escape');
  await expect(notice).toHaveCount(0);
});

test("a link made in Korean keeps an English reader's interface and offers Korean", async ({ page }) => {
  await page.goto(`/${encodePermalink({ text: APT, lang: 'ko' })}`);
  await waitReady(page);
  await expect(page.getByTestId('tab-findings')).toContainText('Findings');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByTestId('notice')).toContainText('Korean');
  await page.getByTestId('switch-lang').click();
  await expect(page.getByTestId('tab-findings')).toContainText('발견 사항');
});

test('quick tab switches log no errors from the diff editor', async ({ page, guard }) => {
  await page.goto('/');
  await editorReady(page);
  // a longer file: its diff takes long enough to be cut short by a switch
  let text = 'FROM python:latest\nRUN apt-get update\n';
  for (let i = 0; i < 150; i++) text += `RUN apt-get install pkg${i}\nRUN pip install mod${i}\n`;
  await pasteIntoEditor(page, text);
  await waitReady(page);
  for (let i = 0; i < 25; i++) {
    await page.keyboard.press('Alt+2');
    await page.keyboard.press('Alt+1');
  }
  await page.keyboard.press('Alt+2');
  await expect(page.locator('.monaco-diff-editor')).toBeVisible();
  await expect(page.getByTestId('diff-busy')).toBeHidden();
  expect(guard.consoleErrors.filter((e) => /disposed|no diff result/i.test(e))).toEqual([]);
});

test('findings on real files: pip --no-cache, $APP_HOME, pip wheel after COPY .', async ({ page }) => {
  await page.goto('/');
  await editorReady(page);
  await pasteIntoEditor(
    page,
    `FROM python:3.12-slim
ENV APP_HOME=/home/app/web
WORKDIR $APP_HOME
COPY . $APP_HOME
RUN pip wheel --no-cache --wheel-dir /wheels -r requirements.txt
RUN pip install --no-cache /wheels/*
RUN chown -R 1000:1000 $APP_HOME
`,
  );
  await waitReady(page);
  await expect(page.locator('[data-rule="DOP095"]')).toBeVisible(); // chown of what COPY wrote
  await expect(page.locator('[data-rule="DOP094"]')).toBeVisible(); // pip wheel -r after COPY .
  await expect(page.locator('[data-rule="DOP070"]')).toHaveCount(0); // --no-cache is --no-cache-dir
});

test('a here-document RUN is split like any other, its apt lists removed', async ({ page }) => {
  await page.goto('/');
  await editorReady(page);
  await pasteIntoEditor(
    page,
    `# syntax=docker/dockerfile:1
FROM python:3.12
RUN <<EOF
apt-get update
apt-get install -y --no-install-recommends libpq-dev curl
EOF
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
CMD ["python", "app.py"]
`,
  );
  await waitReady(page);
  await page.getByTestId('tab-rewrite').click();
  await page.getByTestId('copy-optimized').click();
  await expect.poll(() => clipboard(page)).toContain('AS build');
  const out = await clipboard(page);
  const runtime = out.split(/^FROM /m).at(-1)!;
  expect(runtime).not.toContain('libpq-dev');
  // the build-only header package leaves; the library it links against stays (psycopg2 needs libpq5)
  expect(runtime).toMatch(/curl libpq5 && rm -rf \/var\/lib\/apt\/lists\/\*\nEOF/);
});
