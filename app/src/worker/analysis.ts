/**
 * What the analysis worker computes for each request, apart from the worker's messaging so tests
 * can run it: the findings (sent ahead), the rewrite, the changes offered with nothing switched
 * off, and step-through plans. Rewrites are pure functions of text and options, so the latest few
 * are kept: switching a change off reuses the full rewrite for the change list, and step-through
 * starts from the rewrite the analysis just made instead of running the pipeline again.
 */
import type { analyze as analyzeFn } from '@dop/analyzer';
import type { Rewrite, RewriteOptions, rewrite as rewriteFn } from '@dop/rewriter';
import { planByLesson, planOfTexts } from '../workshop/lessons';
import type {
  AnalyzeRequest,
  AnalyzeResponse,
  FindingsResponse,
  StepsRequest,
  StepsResponse,
} from './protocol';

export interface Engines {
  analyze: typeof analyzeFn;
  rewrite: typeof rewriteFn;
}

/** How many rewrites are kept: the full one, the one with changes off, a step's. */
const KEPT = 4;

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

export function createAnalysis(engines: Engines, now: () => number = () => performance.now()) {
  const kept = new Map<string, Rewrite>();
  /** The rewrite of `text` with `options`, made once. */
  const rewrite = (text: string, options: RewriteOptions = {}): Rewrite => {
    // no change switched off is the same rewrite however it is said
    const key = JSON.stringify([
      text,
      options.rejectedChanges?.length ? options : { ...options, rejectedChanges: [] },
    ]);
    const hit = kept.get(key);
    if (hit) {
      kept.delete(key);
      kept.set(key, hit); // the newest again
      return hit;
    }
    const r = engines.rewrite(text, options);
    kept.set(key, r);
    if (kept.size > KEPT) kept.delete(kept.keys().next().value!);
    return r;
  };

  function analyze(req: AnalyzeRequest, early: (msg: FindingsResponse) => void): AnalyzeResponse {
    const t0 = now();
    let findings: AnalyzeResponse['findings'] = [];
    let suppressed = 0;
    let analyzeError: string | undefined;
    try {
      // The project files the user added reach the analyzer too (the context rules need them).
      const context = req.options.context ? { context: req.options.context } : {};
      const a = engines.analyze(req.text, { ...req.analyze, ...context });
      findings = a.findings;
      suppressed = a.suppressed;
    } catch (e) {
      analyzeError = errorText(e);
    }
    if (!analyzeError) early({ type: 'findings', id: req.id, findings, suppressed });
    const t1 = now();
    let result: AnalyzeResponse['rewrite'] = null;
    let rewriteError: string | undefined;
    let allChanges: AnalyzeResponse['allChanges'] = [];
    try {
      result = rewrite(req.text, req.options);
      allChanges = result.changes;
      if ((req.options.rejectedChanges ?? []).length > 0)
        allChanges = rewrite(req.text, { ...req.options, rejectedChanges: [] }).changes;
    } catch (e) {
      rewriteError = errorText(e);
    }
    const t2 = now();
    const res: AnalyzeResponse = {
      type: 'analyze',
      id: req.id,
      findings,
      suppressed,
      rewrite: result,
      allChanges,
      timings: { analyzeMs: t1 - t0, rewriteMs: t2 - t1 },
    };
    if (analyzeError) res.analyzeError = analyzeError;
    if (rewriteError) res.rewriteError = rewriteError;
    return res;
  }

  function steps(req: StepsRequest): StepsResponse {
    try {
      const plan = req.lesson
        ? planOfTexts(req.lesson.id, req.lesson.texts, rewrite)
        : planByLesson(req.text, req.options, rewrite);
      return { type: 'steps', id: req.id, plan };
    } catch {
      return { type: 'steps', id: req.id, plan: { outputs: [req.text], metrics: [], steps: [] } };
    }
  }

  return { analyze, steps };
}
