import { analyze } from '@dop/analyzer';
import { rewrite } from '@dop/rewriter';
import { describe, expect, it } from 'vitest';
import { EXERCISES, isDone, loadProgress, saveProgress } from './exercises';

/** The analyzer's and the layer model's answer for a text, as the page has them. */
function check(text: string) {
  const ids = analyze(text).findings.map((f) => f.ruleId);
  const reruns = rewrite(text, { multiStage: false }).layers.before.rerunOnSourceChange;
  return { ids, reruns };
}

describe('exercises', () => {
  it('are at least six', () => expect(EXERCISES.length).toBeGreaterThanOrEqual(6));

  for (const ex of EXERCISES) {
    it(`${ex.id}: the start is not done, the answer is, in both languages`, () => {
      for (const start of [ex.start.en, ex.start.ko]) {
        const s = check(start);
        expect(isDone(ex, s.ids, s.reruns)).toBe(false);
      }
      const a = check(ex.answer);
      expect(isDone(ex, a.ids, a.reruns)).toBe(true);
    });
  }

  it('keep progress in the browser, ignoring what is not an exercise', () => {
    const store = new Map<string, string>();
    const storage = {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => store.set(k, v),
    };
    expect(loadProgress(storage)).toEqual([]);
    saveProgress(storage, ['ex-signals', 'ex-apt-lists', 'ex-signals']);
    expect(loadProgress(storage)).toEqual(['ex-apt-lists', 'ex-signals']);
    store.set('dop.exercises.done', '["nope", 3, "ex-signals"]');
    expect(loadProgress(storage)).toEqual(['ex-signals']);
    store.set('dop.exercises.done', '{');
    expect(loadProgress(storage)).toEqual([]);
  });
});
