/**
 * The interface language outside React: the one the user picked is remembered (a language that
 * came with a shared link is not), and `<html lang>` and Monaco's own strings follow the store.
 */
import { setMonacoLanguage } from '../editor/monaco-nls';
import { LANG_STORAGE_KEY, type Lang } from '../i18n/i18n';
import type { AppStoreApi } from '../store/store';

/** The storage the choice is kept in (`localStorage`; a fake in tests). */
type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem'>;

const browserStorage = (): Storage | null => (typeof localStorage === 'undefined' ? null : localStorage);

/** The language remembered from an earlier visit, or null. */
export function storedLang(storage: Storage | null = browserStorage()): string | null {
  try {
    return storage?.getItem(LANG_STORAGE_KEY) ?? null;
  } catch {
    return null;
  }
}

/** Remembers a language the user picked. */
export function rememberLang(lang: string, storage: Storage | null = browserStorage()): void {
  try {
    storage?.setItem(LANG_STORAGE_KEY, lang);
  } catch {
    // storage may be off; the choice then lasts for this page only
  }
}

/** Where the language shows outside React: the page's `lang` attribute and Monaco's own strings. */
export interface LangTargets {
  page(lang: Lang): void;
  editor(lang: Lang): void;
}

const browserTargets: LangTargets = {
  page: (lang) => {
    document.documentElement.lang = lang;
  },
  editor: (lang) => void setMonacoLanguage(lang),
};

/**
 * Keeps the page's language in step with the interface language. At start only the page's: the
 * editor sets its strings itself when it loads (`layout/EditorPane.tsx`).
 */
export function followLang(store: AppStoreApi, targets: LangTargets = browserTargets): void {
  store.subscribe((s, prev) => {
    if (s.lang === prev.lang) return;
    targets.page(s.lang);
    targets.editor(s.lang);
  });
  targets.page(store.getState().lang);
}
