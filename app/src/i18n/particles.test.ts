/** Every Korean string of the page, filled in, has its particles chosen by the word before them. */
import { GENERIC_PARTICLE } from '@dop/analyzer/korean';
import { describe, expect, it } from 'vitest';
import { translate } from './i18n';
import { ko, type StringKey } from './strings';

/** Words of each kind a placeholder takes: a Hangul word, a code word, a number. */
const SAMPLES = ['이미지', '`RUN`', 'Dockerfile', '12', 'curl'];

describe('Korean UI strings', () => {
  it('leave no paired particle, whatever word fills a placeholder', () => {
    const left: string[] = [];
    for (const key of Object.keys(ko) as StringKey[]) {
      const names = [...ko[key].matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
      for (const sample of SAMPLES) {
        const text = translate('ko', key, Object.fromEntries(names.map((n) => [n, sample])));
        if (new RegExp(GENERIC_PARTICLE.source).test(text)) left.push(`${key}: ${text}`);
      }
    }
    expect(left).toEqual([]);
  });

  it('name a line one way, "N행"', () => {
    expect(Object.values(ko).filter((v) => /번째 줄|번 줄/.test(v))).toEqual([]);
    expect(translate('ko', 'line', { line: 7 })).toBe('7행');
  });
});
