import { describe, expect, it } from 'vitest';
import { rules } from '@dop/analyzer';
import { PRACTICES } from './practices';

describe('practice index', () => {
  it('lists P01…P36 once each, with text in both languages', () => {
    expect(PRACTICES.map((p) => p.id)).toEqual(
      Array.from({ length: 36 }, (_, i) => `P${String(i + 1).padStart(2, '0')}`),
    );
    for (const p of PRACTICES) {
      expect(p.title.en && p.title.ko && p.text.en && p.text.ko, p.id).toBeTruthy();
    }
  });

  it('knows every practice a rule points at', () => {
    const ids = new Set(PRACTICES.map((p) => p.id));
    for (const r of rules) for (const p of r.practices) expect(ids.has(p), `${r.id} → ${p}`).toBe(true);
  });
});
