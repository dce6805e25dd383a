/**
 * The one typed message union between the page and the analysis worker. The worker answers each
 * request with the same `id`; the page drops answers to requests it no longer wants (engine/analysis-scheduler.ts).
 */
import type { AnalyzeOptions, Finding, RuleMeta } from '@dop/analyzer';
import type { Rewrite, RewriteOptions } from '@dop/rewriter';
import type { WorkshopPlan } from '../workshop/lessons';

/** Largest Dockerfile we analyse (characters). Real ones are a few KB; this keeps the worker snappy. */
export const MAX_ANALYZE_CHARS = 200_000;
/** How long one request may take before the worker is terminated and started again (ms). */
export const ANALYZE_TIMEOUT_MS = 8_000;
export const TIMEOUT_SECONDS = ANALYZE_TIMEOUT_MS / 1000;

export interface AnalyzeRequest {
  type: 'analyze';
  id: number;
  text: string;
  options: RewriteOptions;
  /** The settings' rules, severities and registries. */
  analyze?: AnalyzeOptions;
}

/** Step-through: the rewrite one lesson at a time, or a seed lesson's own versions. */
export interface StepsRequest {
  type: 'steps';
  id: number;
  text: string;
  options: RewriteOptions;
  /** A seed lesson: its versions, measured one by one (text is then the first). */
  lesson?: { id: string; texts: string[] };
}

export type WorkerRequest = AnalyzeRequest | StepsRequest;

export interface Timings {
  analyzeMs: number;
  rewriteMs: number;
}

export interface AnalyzeResponse {
  type: 'analyze';
  id: number;
  findings: Finding[];
  suppressed: number;
  /** Null when the rewriter failed on this input (its error is in `rewriteError`). */
  rewrite: Rewrite | null;
  rewriteError?: string;
  /** Every change the rewriter offers with nothing switched off (the list the toggles show). */
  allChanges: Rewrite['changes'];
  analyzeError?: string;
  timings: Timings;
}

/** Sent ahead of the full answer, so findings show before the rewrite is done. */
export interface FindingsResponse {
  type: 'findings';
  id: number;
  findings: Finding[];
  suppressed: number;
}

export interface StepsResponse {
  type: 'steps';
  id: number;
  plan: WorkshopPlan;
}

export interface ReadyMessage {
  type: 'ready';
  rules: RuleMeta[];
}

export type WorkerResponse = AnalyzeResponse | FindingsResponse | StepsResponse | ReadyMessage;
