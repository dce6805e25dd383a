/**
 * The short fuzz run (seconds): seeded mutants of real Dockerfiles (the shared corpus, read in
 * place, never copied; the golden inputs when it is absent) must keep the invariants of
 * FUZZ_INVARIANTS and never throw. The long run is `pnpm bench` (bench/src/fuzz.ts); a failure
 * either finds is minimised and kept in ../robustness.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { fuzzCheck } from './check.js';
import { baseTexts } from './corpus.js';
import { MUTATIONS, mutants, prng } from './mutate.js';

const SHORT_RUN = 60;
const SEED = 20_26_12;

describe('fuzz (short run)', () => {
  it('the mutations are deterministic for a seed', () => {
    const texts = [{ name: 'a', text: 'FROM x\nRUN a && b \\\n  c\nCMD ["x"]\n' }];
    expect([...mutants(texts, 20, 7)]).toEqual([...mutants(texts, 20, 7)]);
    expect(prng(1)()).not.toBe(prng(2)());
    // Each mutation changes some text it applies to (none is a silent no-op everywhere).
    const sample = 'FROM x\nRUN a && b \\\n  c\nRUN <<EOF\necho\nEOF\nCMD ["run", "x"]\nENTRYPOINT run x\n';
    for (const m of MUTATIONS) {
      const changed = [1, 2, 3, 4, 5].some((s) => m.apply(sample, prng(s)) !== sample);
      expect(changed, m.name).toBe(true);
    }
  });

  it(`${SHORT_RUN} mutants keep every safety invariant`, () => {
    const failures: string[] = [];
    for (const m of mutants(baseTexts(), SHORT_RUN, SEED)) {
      for (const f of fuzzCheck(m.text)) {
        failures.push(`${m.source} [${m.mutations.join('+')}]: ${f.kind}: ${f.detail.slice(0, 160)}`);
      }
    }
    expect(failures).toEqual([]);
  });
});
