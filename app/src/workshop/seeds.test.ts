import { analyze } from '@dop/analyzer';
import { GENERIC_PARTICLE } from '@dop/analyzer/korean';
import { describe, expect, it } from 'vitest';
import { SEEDS } from './seeds';

const HANGUL = /[\uac00-\ud7a3]/;

describe('seeds gallery (the teaching notes’ Dockerfiles)', () => {
  for (const seed of SEEDS) {
    describe(seed.id, () => {
      it(`its first version triggers ${seed.rule} and its last does not`, () => {
        const first = analyze(seed.steps[0]!.text.en).findings.map((f) => f.ruleId);
        const last = analyze(seed.steps.at(-1)!.text.en).findings.map((f) => f.ruleId);
        expect(first).toContain(seed.rule);
        expect(last).not.toContain(seed.rule);
      });

      it('has its comments in the language of the page, the code the same in both', () => {
        for (const step of seed.steps) {
          expect(step.text.en).not.toMatch(HANGUL);
          const code = (t: string) => t.replace(/#.*$/gm, '#');
          expect(code(step.text.ko)).toBe(code(step.text.en));
          if (step.text.en.includes('\n# ')) expect(step.text.ko).toMatch(HANGUL);
        }
      });

      it('has Korean with its particles chosen and every text in both languages', () => {
        const kos = [seed.title.ko, ...seed.steps.flatMap((s) => [s.title.ko, s.point.ko])];
        if (seed.today) kos.push(seed.today.ko);
        if (seed.credit.changed) kos.push(seed.credit.changed.ko);
        for (const t of kos) {
          expect(t).toMatch(HANGUL);
          expect(t).not.toMatch(new RegExp(GENERIC_PARTICLE.source));
        }
      });
    });
  }

  it('credits one of the five notes for every seed', () => {
    for (const s of SEEDS) expect(s.credit.note).toMatch(/^00[0-4]_[0-9a-f]{16}\.txt$/);
  });
});
