/** The page's store instance and React hooks over it. */
import { useCallback } from 'react';
import { useStore } from 'zustand';
import { type Lang, type Params, type StringKey, translate } from '../i18n/i18n';
import { type AppState, type AppStore, createAppStore } from './store';

let instance: ReturnType<typeof createAppStore> | null = null;

export function initAppStore(state: AppState) {
  instance = createAppStore(state);
  return instance;
}

export function appStore() {
  if (!instance) throw new Error('store not initialised');
  return instance;
}

export function useApp<T>(selector: (s: AppStore) => T): T {
  return useStore(appStore(), selector);
}

export type T = (key: StringKey, params?: Params) => string;

export function useT(): T {
  const lang = useApp((s) => s.lang);
  return useCallback((key: StringKey, params?: Params) => translate(lang, key, params), [lang]);
}

export function useLang(): Lang {
  return useApp((s) => s.lang);
}
