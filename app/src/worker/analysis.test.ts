import { analyze } from '@dop/analyzer';
import { rewrite } from '@dop/rewriter';
import { describe, expect, it, vi } from 'vitest';
import { createAnalysis } from './analysis';
import type { AnalyzeRequest, FindingsResponse } from './protocol';

const TEXT = 'FROM node:20\nWORKDIR /app\nCOPY . .\nRUN npm install\nCMD ["node", "server.js"]\n';

const setup = () => {
  const engines = { analyze: vi.fn(analyze), rewrite: vi.fn(rewrite) };
  return { engines, analysis: createAnalysis(engines) };
};
const request = (id: number, rejectedChanges?: string[]): AnalyzeRequest => ({
  type: 'analyze',
  id,
  text: TEXT,
  options: rejectedChanges ? { rejectedChanges } : {},
});

describe('the worker analysis', () => {
  it('makes one analysis and one rewrite per request, the findings sent ahead', () => {
    const { engines, analysis } = setup();
    const early: FindingsResponse[] = [];
    const res = analysis.analyze(request(1), (m) => early.push(m));
    expect(engines.analyze).toHaveBeenCalledTimes(1);
    expect(engines.rewrite).toHaveBeenCalledTimes(1);
    expect(early.map((m) => m.findings)).toEqual([res.findings]);
    expect(res.findings.length).toBeGreaterThan(0);
    expect(res.allChanges).toEqual(res.rewrite!.changes);
  });

  it('switching a change off rewrites once, the change list coming from the full rewrite', () => {
    const { engines, analysis } = setup();
    const full = analysis.analyze(request(1), () => {});
    const off = full.allChanges[0]!.id;
    const res = analysis.analyze(request(2, [off]), () => {});
    expect(engines.rewrite).toHaveBeenCalledTimes(2);
    expect(res.allChanges).toEqual(full.allChanges);
    expect(res.rewrite!.changes.map((c) => c.id)).not.toContain(off);
    // the same answer as rewriting from scratch
    expect(res.rewrite).toEqual(rewrite(TEXT, { rejectedChanges: [off] }));
    expect(res.allChanges).toEqual(rewrite(TEXT, { rejectedChanges: [] }).changes);
  });

  it('step-through starts from the rewrite the analysis made', () => {
    const { engines, analysis } = setup();
    analysis.analyze(request(1), () => {});
    const before = engines.rewrite.mock.calls.length;
    const { plan } = analysis.steps({ type: 'steps', id: 2, text: TEXT, options: {} });
    const fresh = createAnalysis({ analyze, rewrite: vi.fn(rewrite) });
    const alone = fresh.steps({ type: 'steps', id: 3, text: TEXT, options: {} });
    expect(plan).toEqual(alone.plan);
    expect(plan.steps.length).toBeGreaterThan(1);
    // one rewrite per step but the last, which is the full rewrite already made
    expect(engines.rewrite.mock.calls.length - before).toBe(plan.steps.length - 1);
  });

  it('answers a failing step-through with the text alone', () => {
    const analysis = createAnalysis({
      analyze,
      rewrite: () => {
        throw new Error('boom');
      },
    });
    expect(analysis.steps({ type: 'steps', id: 1, text: TEXT, options: {} }).plan).toEqual({
      outputs: [TEXT],
      metrics: [],
      steps: [],
    });
  });
});
