import { describe, expect, it } from 'vitest';
import { initialLang, translate } from './i18n';
import { en, ko } from './strings';

describe('i18n', () => {
  it('has every key in both languages, none empty', () => {
    expect(Object.keys(ko).sort()).toEqual(Object.keys(en).sort());
    for (const [k, v] of Object.entries(en)) expect(v.trim(), `en.${k}`).not.toBe('');
    for (const [k, v] of Object.entries(ko)) expect(v.trim(), `ko.${k}`).not.toBe('');
  });

  it('uses the same placeholders in both languages', () => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const k of Object.keys(en) as Array<keyof typeof en>) {
      expect(names(ko[k]), k).toEqual(names(en[k]));
    }
  });

  it('fills placeholders and leaves unknown ones', () => {
    expect(translate('en', 'statusReady', { count: 3, ms: 12 })).toBe('Findings: 3 · 12 ms');
    expect(translate('ko', 'statusReady', { count: 3, ms: 12 })).toBe('발견 사항 3개 · 12ms');
    expect(translate('en', 'statusReady')).toContain('{count}');
  });

  it('starts in the remembered language, else the browser language, else English', () => {
    expect(initialLang('ko', ['en-US'])).toBe('ko');
    expect(initialLang(null, ['ko-KR', 'en'])).toBe('ko');
    expect(initialLang(null, ['fr-FR', 'ko'])).toBe('ko');
    expect(initialLang(null, ['en-GB'])).toBe('en');
    expect(initialLang('xx', ['de'])).toBe('en');
  });
});
