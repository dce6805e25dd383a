/** A link carries the sender's settings: the receiver sees the same findings, and is told so. */
import { encodePermalink } from '../../packages/share/src/index';
import { editorReady, expect, test, waitReady } from './fixtures';

const TEXT = 'FROM alpine:3.20\nRUN apk add curl\nCMD ["sh"]\n';

test('a link with settings switches the same rules off for the receiver, and says so', async ({ page }) => {
  const findings = page.getByTestId('findings');
  await page.goto(`/${encodePermalink({ text: TEXT })}`);
  await editorReady(page);
  await waitReady(page);
  await expect(findings).toContainText('DOP058');

  await page.goto(`/${encodePermalink({ text: TEXT, settings: { disabledRules: ['DOP058'] } })}`);
  await page.reload();
  await editorReady(page);
  await waitReady(page);
  await expect(page.getByTestId('notice')).toContainText("sender's settings");
  await expect(findings).not.toContainText('DOP058');
  await expect(findings).toContainText('DOP030');
});
