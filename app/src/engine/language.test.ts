import { describe, expect, it } from 'vitest';
import { LANG_STORAGE_KEY, type Lang } from '../i18n/i18n';
import { createAppStore, initialState } from '../store/store';
import { followLang, rememberLang, storedLang } from './language';

const memory = () => {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
  };
};
const broken = {
  getItem: (): string | null => {
    throw new Error('storage off');
  },
  setItem: () => {
    throw new Error('storage off');
  },
};

describe('language', () => {
  it('remembers the language picked, for the next visit', () => {
    const storage = memory();
    expect(storedLang(storage)).toBeNull();
    rememberLang('ko', storage);
    expect(storage.items.get(LANG_STORAGE_KEY)).toBe('ko');
    expect(storedLang(storage)).toBe('ko');
  });

  it('keeps working when storage is off', () => {
    expect(() => rememberLang('ko', broken)).not.toThrow();
    expect(storedLang(broken)).toBeNull();
    expect(storedLang(null)).toBeNull();
  });

  it('sets the page language at start and page and editor on each change', () => {
    const store = createAppStore(initialState('en', 'FROM a\n', null));
    const page: Lang[] = [];
    const editor: Lang[] = [];
    followLang(store, { page: (l) => page.push(l), editor: (l) => editor.push(l) });
    expect([page, editor]).toEqual([['en'], []]);
    store.getState().setLang('ko');
    store.getState().setText('FROM b\n');
    expect([page, editor]).toEqual([['en', 'ko'], ['ko']]);
  });
});
