import { analyze } from '@dop/analyzer';
import { rewrite, rewriteAnalyzed } from '@dop/rewriter';
import { describe, expect, it, vi } from 'vitest';
import { createAnalysis } from './analysis';
import type { AnalyzeRequest, FindingsResponse } from './protocol';

const TEXT = 'FROM node:20\nWORKDIR /app\nCOPY . .\nRUN npm install\nCMD ["node", "server.js"]\n';

const setup = () => {
  const engines = { analyze: vi.fn(analyze), rewriteAnalyzed: vi.fn(rewriteAnalyzed) };
  return { engines, analysis: createAnalysis(engines) };
};
const request = (id: number, rejectedChanges?: string[]): AnalyzeRequest => ({
  type: 'analyze',
  id,
  text: TEXT,
  options: rejectedChanges ? { rejectedChanges } : {},
});

describe('the worker analysis', () => {
  it('analyses once per request: the findings shown are the analysis the rewrite starts from', () => {
    const { engines, analysis } = setup();
    const early: FindingsResponse[] = [];
    const res = analysis.analyze(request(1), (m) => early.push(m));
    expect(engines.analyze).toHaveBeenCalledTimes(1);
    expect(engines.rewriteAnalyzed).toHaveBeenCalledTimes(1);
    expect(engines.rewriteAnalyzed.mock.calls[0]![1]).toBe(engines.analyze.mock.results[0]!.value);
    // the same answer as analysing and rewriting apart
    expect(res.findings).toEqual(analyze(TEXT).findings);
    expect(res.rewrite).toEqual(rewrite(TEXT, {}));
    expect(early.map((m) => m.findings)).toEqual([res.findings]);
    expect(res.findings.length).toBeGreaterThan(0);
    expect(res.allChanges).toEqual(res.rewrite!.changes);
  });

  it('switching a change off rewrites once, the change list coming from the full rewrite', () => {
    const { engines, analysis } = setup();
    const full = analysis.analyze(request(1), () => {});
    const off = full.allChanges[0]!.id;
    const res = analysis.analyze(request(2, [off]), () => {});
    expect(engines.rewriteAnalyzed).toHaveBeenCalledTimes(2);
    expect(engines.analyze).toHaveBeenCalledTimes(1);
    expect(res.allChanges).toEqual(full.allChanges);
    expect(res.rewrite!.changes.map((c) => c.id)).not.toContain(off);
    // the same answer as rewriting from scratch
    expect(res.rewrite).toEqual(rewrite(TEXT, { rejectedChanges: [off] }));
    expect(res.allChanges).toEqual(rewrite(TEXT, { rejectedChanges: [] }).changes);
  });

  it('step-through starts from the rewrite the analysis made', () => {
    const { engines, analysis } = setup();
    analysis.analyze(request(1), () => {});
    const before = engines.rewriteAnalyzed.mock.calls.length;
    const { plan } = analysis.steps({ type: 'steps', id: 2, text: TEXT, options: {} });
    const fresh = createAnalysis({ analyze, rewriteAnalyzed });
    const alone = fresh.steps({ type: 'steps', id: 3, text: TEXT, options: {} });
    expect(plan).toEqual(alone.plan);
    expect(plan.steps.length).toBeGreaterThan(1);
    // one rewrite per step but the last, which is the full rewrite already made
    expect(engines.rewriteAnalyzed.mock.calls.length - before).toBe(plan.steps.length - 1);
    expect(engines.analyze).toHaveBeenCalledTimes(1);
  });

  it('analyses apart with the settings or project files the page shows, the rewrite from the default rules', () => {
    const { engines, analysis } = setup();
    const settings = { disabledRules: ['DOP050'] };
    const res = analysis.analyze({ ...request(1), analyze: settings }, () => {});
    expect(engines.analyze.mock.calls.map((c) => c[1])).toEqual([settings, undefined]);
    expect(res.findings).toEqual(analyze(TEXT, settings).findings);
    expect(res.rewrite).toEqual(rewrite(TEXT, {}));
    // empty settings are the defaults: one analysis
    const plain = setup();
    plain.analysis.analyze(
      { ...request(1), analyze: { disabledRules: [], severityOverrides: {} } },
      () => {},
    );
    expect(plain.engines.analyze).toHaveBeenCalledTimes(1);
  });

  it('leaves the analysis it hands to the rewriter as it was', () => {
    const a = analyze(TEXT);
    const before = JSON.stringify(a.findings);
    rewriteAnalyzed(TEXT, a, {});
    expect(JSON.stringify(a.findings)).toBe(before);
  });

  it('answers a failing step-through with the text alone', () => {
    const analysis = createAnalysis({
      analyze,
      rewriteAnalyzed: () => {
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
