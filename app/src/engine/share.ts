/**
 * Sharing from the page: a permalink to the current state copied to the clipboard (and put in the
 * address bar), and the optimized Dockerfile copied; each says how it went in a notice.
 */
import { bridge } from '../editor/bridge';
import { CHAT_SAFE_CHARS, MAX_AUTO_HASH_TEXT, encodePermalink, isLongForChat } from '../share/permalink';
import type { AppStoreApi } from '../store/store';
import { copyText } from './clipboard';
import { type Page, browserPage } from './hash-sync';

/** What sharing needs of the page besides the hash: its address and the clipboard. */
export interface SharePage extends Pick<Page, 'replaceHash'> {
  /** The page's address without its hash. */
  base(): string;
  copy(text: string): Promise<boolean>;
}

const browserSharePage: SharePage = {
  replaceHash: browserPage.replaceHash,
  base: () => location.href.split('#')[0]!,
  copy: copyText,
};

/** Copies a permalink to the current state and says how it went; `extra.progress`: the exercises done. */
export async function shareLink(
  store: AppStoreApi,
  extra?: { progress?: readonly string[] },
  page: SharePage = browserSharePage,
): Promise<string | null> {
  // the editor's typing not yet in the store goes into the link too
  bridge.source?.flush();
  const s = store.getState();
  if (s.text.length > MAX_AUTO_HASH_TEXT * 10) {
    s.setNotice({ kind: 'error', key: 'linkTooBig' });
    return null;
  }
  const hash = encodePermalink(s.sharedState(extra));
  const url = page.base() + hash;
  // a progress link is for someone else: the sender's own address stays without it
  if (!extra?.progress) page.replaceHash(hash);
  s.setLastLink(url);
  const ok = await page.copy(url);
  if (isLongForChat(hash)) {
    s.setNotice({ kind: 'warning', key: 'linkLong', params: { length: url.length, limit: CHAT_SAFE_CHARS } });
  } else {
    s.setNotice({ kind: ok ? 'info' : 'warning', key: ok ? 'linkCopied' : 'copyFailed' });
  }
  return url;
}

/** Copies the rewritten Dockerfile, when there is one. */
export async function copyOptimized(
  store: AppStoreApi,
  copy: (text: string) => Promise<boolean> = copyText,
): Promise<void> {
  const s = store.getState();
  const text = s.rewrite?.output;
  if (text === undefined) return;
  const ok = await copy(text);
  s.setNotice({ kind: ok ? 'info' : 'warning', key: ok ? 'copied' : 'copyFailed' });
}
