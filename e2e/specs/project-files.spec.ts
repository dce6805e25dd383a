/** Project files: a zip added in the browser, what was learned from it, the rewrite and the link use it. */
import { strToU8, zipSync } from 'fflate';
import { editorReady, expect, hashState, pasteIntoEditor, test, waitReady } from './fixtures';

const DOCKERFILE =
  'FROM node:22-slim\nWORKDIR /app\nCOPY package.json ./\nRUN npm install\nCOPY . .\nCMD ["npm", "start"]\n';

const ZIP = Buffer.from(
  zipSync({
    'shop/package.json': strToU8('{"name":"shop","scripts":{"start":"node server.js"}}'),
    'shop/package-lock.json': strToU8('{"lockfileVersion":3}'),
    'shop/server.js': strToU8('require("http").createServer().listen(3000)'),
    'shop/.dockerignore': strToU8('# mine\nsecret-notes.txt\n'),
    'shop/.npmrc': strToU8('//registry.npmjs.org/:_authToken=npm_not_in_the_link'),
  }),
);

test('a zip of the project: what was learned, the analysis and rewrite use it, the link carries it', async ({
  page,
}) => {
  await page.goto('/');
  await editorReady(page);
  await pasteIntoEditor(page, DOCKERFILE);
  await waitReady(page);
  await expect(page.getByTestId('findings')).not.toContainText('DOP163');

  await page
    .getByTestId('project-pick-zip')
    .setInputFiles({ name: 'shop.zip', mimeType: 'application/zip', buffer: ZIP });
  const list = page.getByTestId('project-file-list');
  const learned = list.locator('[data-path="package.json"] .project-learned');
  await expect(learned).toHaveText('start script node server.js, lock file package-lock.json present');
  // code spans are <code> elements, not backticks
  await expect(learned.locator('code')).toHaveText(['node server.js', 'package-lock.json']);
  await expect(page.getByTestId('project-counts')).toContainText('5 files listed');
  await waitReady(page);
  // the analysis sees the lock file that is not copied before the install
  await expect(page.getByTestId('findings')).toContainText('DOP163');
  // the rewrite's .dockerignore keeps the user's lines
  await page.getByTestId('tab-rewrite').click();
  await page.locator('details.extra summary').first().click();
  await expect(page.getByTestId('dockerignore')).toHaveValue(
    /# From your \.dockerignore \(unchanged\):\n# mine\nsecret-notes\.txt/,
  );

  // the link carries the manifests, the .npmrc by name only
  await expect.poll(async () => (await hashState(page))?.context?.files.length ?? 0).toBe(5);
  const state = await hashState(page);
  expect(state!.context!.texts['package.json']).toContain('node server.js');
  expect(state!.context!.omitted).toEqual({ secrets: ['.npmrc'] });
  expect(JSON.stringify(state)).not.toContain('npm_not_in_the_link');

  // opened elsewhere: the files come with it, and the receiver is told what did not
  const other = await page.context().newPage();
  await other.goto(`/${await page.evaluate(() => location.hash)}`);
  await editorReady(other);
  await waitReady(other);
  await expect(other.getByTestId('project-from-link')).toContainText('.npmrc (credentials: name only)');
  // the link opens on the tab the sender had open (the rewrite)
  await other.getByTestId('tab-findings').click();
  await expect(other.getByTestId('findings')).toContainText('DOP163');

  // removable
  await page.getByTestId('project-remove-all').click();
  await page.getByTestId('tab-findings').click();
  await waitReady(page);
  await expect(page.getByTestId('findings')).not.toContainText('DOP163');
});
