import { rewrite } from '@dop/rewriter';
import { describe, expect, it } from 'vitest';
import { EXAMPLES } from './examples';
import { LESSONS, lessonOf, planByLesson, planOfTexts } from './lessons';
import { SEEDS } from './seeds';

const order = (id: string) => LESSONS.findIndex((x) => x.id === id);

describe('step-through by lesson', () => {
  for (const ex of EXAMPLES) {
    it(`${ex.id}: lessons in class order, every change once, ending at the full rewrite`, () => {
      const full = rewrite(ex.text);
      const plan = planByLesson(ex.text, {}, rewrite);
      expect(plan.outputs[0]).toBe(ex.text);
      expect(plan.outputs.at(-1)).toBe(full.output);
      expect(plan.outputs).toHaveLength(plan.steps.length + 1);
      expect(plan.metrics).toHaveLength(plan.outputs.length);
      const lessons = plan.steps.map((s) => order(s.lesson));
      expect(lessons).toEqual([...lessons].sort((a, b) => a - b));
      const ids = plan.steps.flatMap((s) => s.changes.map((c) => c.id));
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids.sort()).toEqual(full.changes.map((c) => c.id).sort());
    });
  }

  it('teaches the cache and multi-stage before --no-cache-dir and sorting', () => {
    const node = EXAMPLES.find((e) => e.id === 'python')!;
    const plan = planByLesson(node.text, {}, rewrite);
    const stepOf = (transform: string) =>
      plan.steps.findIndex((s) => s.changes.some((c) => c.transform === transform));
    expect(stepOf('dependencies-before-source')).toBe(0);
    for (const trivia of ['package-cache-off', 'sort-packages'])
      if (stepOf(trivia) >= 0) expect(stepOf(trivia)).toBeGreaterThan(stepOf('dependencies-before-source'));
    expect(lessonOf({ transform: 'sort-packages' })).toBe('tidy');
    expect(lessonOf({ transform: 'multi-stage' })).toBe('size');
  });

  it('shows the cache lesson working: after it, a source edit re-runs less', () => {
    const python = EXAMPLES.find((e) => e.id === 'python')!;
    const plan = planByLesson(python.text, {}, rewrite);
    expect(plan.steps[0]!.lesson).toBe('cache');
    expect(plan.metrics[1]!.rebuiltMB).toBeLessThan(plan.metrics[0]!.rebuiltMB);
  });

  it('measures a seed lesson’s own versions', () => {
    const seed = SEEDS.find((s) => s.id === 'seed-python-layers')!;
    const plan = planOfTexts(
      seed.id,
      seed.steps.map((s) => s.text.en),
      rewrite,
    );
    expect(plan.outputs).toHaveLength(seed.steps.length);
    expect(plan.steps.every((s) => s.lesson === seed.id && s.changes.length === 0)).toBe(true);
    // the cache step: a source edit no longer re-runs pip install
    expect(plan.metrics[1]!.rebuiltMB).toBeLessThan(plan.metrics[0]!.rebuiltMB);
  });
});
