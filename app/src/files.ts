/** Reading a Dockerfile the user opened or dropped: text only, within the analysis limit. */
import type { AppStoreApi } from './store/store';
import { MAX_ANALYZE_CHARS } from './worker/protocol';

/** Puts the file's text in the editor, or says why not (too large, not text). Nothing is uploaded. */
export async function openFile(store: AppStoreApi, file: File): Promise<void> {
  const s = store.getState();
  // a few bytes per character at most: refuse before reading a file that could never be analysed
  if (file.size > MAX_ANALYZE_CHARS * 4) {
    s.setNotice({
      kind: 'warning',
      key: 'fileTooLarge',
      params: { name: file.name, limit: MAX_ANALYZE_CHARS.toLocaleString() },
    });
    return;
  }
  let text: string;
  try {
    text = await file.text();
  } catch {
    s.setNotice({ kind: 'error', key: 'fileUnreadable', params: { name: file.name } });
    return;
  }
  if (text.includes('\u0000')) {
    s.setNotice({ kind: 'warning', key: 'fileNotText', params: { name: file.name } });
    return;
  }
  if (text.length > MAX_ANALYZE_CHARS) {
    s.setNotice({
      kind: 'warning',
      key: 'fileTooLarge',
      params: { name: file.name, limit: MAX_ANALYZE_CHARS.toLocaleString() },
    });
    return;
  }
  store.getState().setText(text.replace(/^\uFEFF/, ''), null);
  store.getState().setNotice({ kind: 'info', key: 'fileOpened', params: { name: file.name } });
}
