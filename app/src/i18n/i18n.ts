/** A tiny typed i18n: two dictionaries, `{name}` placeholders, no HTML. */
// the particle helper alone: the analyzer itself loads in the worker, not on the page
import { resolveParticles } from '@dop/analyzer/korean';
import { en, ko, type StringKey } from './strings';

export type { StringKey };
export type Lang = 'en' | 'ko';
export const LANGS: Lang[] = ['en', 'ko'];
export const LANG_STORAGE_KEY = 'dop.lang';

const DICTS: Record<Lang, Record<StringKey, string>> = { en, ko };

export type Params = Record<string, string | number>;

export function translate(lang: Lang, key: StringKey, params?: Params): string {
  const template = DICTS[lang][key] ?? en[key];
  const text = params
    ? template.replace(/\{(\w+)\}/g, (m, name: string) =>
        params[name] === undefined ? m : String(params[name]),
      )
    : template;
  // `{name}을(를)`: the particle is chosen once the word is known
  return lang === 'ko' ? resolveParticles(text) : text;
}

/** The language to start in: a remembered choice, else the browser's language, else English. */
export function initialLang(stored: string | null | undefined, navigatorLanguages: readonly string[]): Lang {
  if (stored === 'en' || stored === 'ko') return stored;
  for (const l of navigatorLanguages) {
    const base = l.toLowerCase().split('-')[0];
    if (base === 'ko') return 'ko';
    if (base === 'en') return 'en';
  }
  return 'en';
}

export function pick<T>(lang: Lang, value: { en: T; ko: T }): T {
  return value[lang] ?? value.en;
}
