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

describe('practice pages teach what is true today', () => {
  it('correct the folklore the notes teach, in both languages, with a source', () => {
    const withFolklore = PRACTICES.filter((p) => p.folklore?.length);
    expect(withFolklore.map((p) => p.id).sort()).toEqual(['P02', 'P13', 'P14', 'P17', 'P25']);
    for (const p of withFolklore) {
      for (const f of p.folklore!) {
        expect(f.notes.en && f.notes.ko && f.today.en && f.today.ko, p.id).toBeTruthy();
        expect(f.source, p.id).toMatch(/^https:\/\//);
      }
    }
  });

  it('have a bad and a good example wherever a rule checks the practice', () => {
    const checked = new Set<string>(rules.filter((r) => !r.examples.options).flatMap((r) => r.practices));
    const withoutExample = PRACTICES.filter((p) => !checked.has(p.id)).map((p) => p.id);
    // The practices no rule can check from the file alone (scanning, housekeeping, docker commit).
    expect(withoutExample).toEqual(['P13', 'P26', 'P34', 'P35']);
  });
});
