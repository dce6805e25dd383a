import { readdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze.js';
import { findingLines } from '../testing/lint.js';
import { RULES } from './index.js';

const dir = dirname(fileURLToPath(import.meta.url));
const PRACTICE = /^P(0[1-9]|[12]\d|3[0-6])$/;

describe('rule catalogue', () => {
  it('has unique ids and slugs, and ids in order', () => {
    const ids = RULES.map((r) => r.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(RULES.map((r) => r.meta.slug)).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
  });

  it('has one file per rule named <id>-<slug>.ts, with a test file beside it', () => {
    const files = readdirSync(dir);
    for (const r of RULES) {
      const stem = `${r.meta.id.toLowerCase()}-${r.meta.slug}`;
      expect(files, stem).toContain(`${stem}.ts`);
      expect(files, stem).toContain(`${stem}.test.ts`);
    }
  });

  for (const rule of RULES) {
    const m = rule.meta;
    describe(`${m.id} ${m.slug}`, () => {
      it('has complete metadata in English and Korean', () => {
        expect(m.id).toMatch(/^DOP\d{3}$/);
        expect(m.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
        for (const t of [m.title, m.explanation]) {
          expect(t.en.trim().length).toBeGreaterThan(3);
          expect(t.ko.trim().length).toBeGreaterThan(3);
          expect(t.ko).toMatch(/[\uac00-\ud7a3]/);
        }
        expect(m.practices.length).toBeGreaterThan(0);
        for (const p of m.practices) expect(p).toMatch(PRACTICE);
      });

      it('fires on its bad example on exactly the lines it states', () => {
        const opts = { ...(m.examples.options ?? {}), ...(m.optIn ? { enabledRules: [m.id] } : {}) };
        const hits = analyze(m.examples.bad, opts).findings.filter((f) => f.ruleId === m.id);
        expect(m.examples.badLines.length, 'a bad example states at least one finding').toBeGreaterThan(0);
        expect(findingLines(hits), m.examples.bad).toEqual(m.examples.badLines);
      });

      it('does not fire on its good example', () => {
        const opts = { ...(m.examples.options ?? {}), ...(m.optIn ? { enabledRules: [m.id] } : {}) };
        const hits = analyze(m.examples.good, opts).findings.filter((f) => f.ruleId === m.id);
        expect(hits, m.examples.good).toEqual([]);
      });

      if (m.fixable !== 'none') {
        it('offers a fix on its bad example that makes the finding go away', () => {
          const opts = { ...(m.examples.options ?? {}), ...(m.optIn ? { enabledRules: [m.id] } : {}) };
          const before = analyze(m.examples.bad, opts).findings.filter((f) => f.ruleId === m.id);
          const withFix = before.find((f) => f.fix);
          expect(withFix, 'a finding with a fix').toBeDefined();
          const edits = [...withFix!.fix!.edits].sort((a, b) => b.start - a.start);
          let text = m.examples.bad;
          for (const e of edits) text = text.slice(0, e.start) + e.text + text.slice(e.end);
          const after = analyze(text, opts).findings.filter((f) => f.ruleId === m.id);
          expect(after.length).toBeLessThan(before.length);
          expect(analyze(text).findings.filter((f) => f.ruleId === 'DOP001')).toEqual([]);
        });
      }
    });
  }
});
