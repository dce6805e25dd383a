/// <reference lib="webworker" />
/**
 * The analysis worker: runs the analyzer and the rewriter off the main thread, so typing never
 * waits for them. Pure computation; it never touches the network.
 */
import { analyze, rules } from '@dop/analyzer';
import { rewrite } from '@dop/rewriter';
import { planByLesson, planOfTexts } from '../workshop/lessons';
import type { AnalyzeResponse, StepsRequest, StepsResponse, WorkerRequest, WorkerResponse } from './protocol';

const post = (msg: WorkerResponse) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(msg);

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

function handleAnalyze(req: WorkerRequest): AnalyzeResponse {
  const t0 = performance.now();
  let findings: AnalyzeResponse['findings'] = [];
  let suppressed = 0;
  let analyzeError: string | undefined;
  try {
    // The project files the user added reach the analyzer too (the context rules need them).
    const context = req.options.context ? { context: req.options.context } : {};
    const a = analyze(req.text, req.type === 'analyze' ? { ...req.analyze, ...context } : context);
    findings = a.findings;
    suppressed = a.suppressed;
  } catch (e) {
    analyzeError = errorText(e);
  }
  if (!analyzeError) post({ type: 'findings', id: req.id, findings, suppressed });
  const t1 = performance.now();
  let result: AnalyzeResponse['rewrite'] = null;
  let rewriteError: string | undefined;
  let allChanges: AnalyzeResponse['allChanges'] = [];
  try {
    result = rewrite(req.text, req.options);
    allChanges = result.changes;
    if ((req.options.rejectedChanges ?? []).length > 0) {
      allChanges = rewrite(req.text, { ...req.options, rejectedChanges: [] }).changes;
    }
  } catch (e) {
    rewriteError = errorText(e);
  }
  const t2 = performance.now();
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

function handleSteps(req: StepsRequest): StepsResponse {
  const plan = req.lesson
    ? planOfTexts(req.lesson.id, req.lesson.texts, rewrite)
    : planByLesson(req.text, req.options, rewrite);
  return { type: 'steps', id: req.id, plan };
}

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const req = event.data;
  if (req.type === 'analyze') post(handleAnalyze(req));
  else if (req.type === 'steps') {
    try {
      post(handleSteps(req));
    } catch {
      post({ type: 'steps', id: req.id, plan: { outputs: [req.text], metrics: [], steps: [] } });
    }
  }
};

post({ type: 'ready', rules });
