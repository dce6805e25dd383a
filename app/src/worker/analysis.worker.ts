/// <reference lib="webworker" />
/**
 * The analysis worker: runs the analyzer and the rewriter off the main thread, so typing never
 * waits for them. Pure computation (`analysis.ts`); it never touches the network.
 */
import { analyze, rules } from '@dop/analyzer';
import { rewrite } from '@dop/rewriter';
import { createAnalysis } from './analysis';
import type { WorkerRequest, WorkerResponse } from './protocol';

const post = (msg: WorkerResponse) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(msg);
const analysis = createAnalysis({ analyze, rewrite });

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const req = event.data;
  if (req.type === 'analyze') post(analysis.analyze(req, post));
  else if (req.type === 'steps') post(analysis.steps(req));
};

post({ type: 'ready', rules });
