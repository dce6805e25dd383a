/**
 * Runs the analysis whenever the text or the rewrite choices change: one request with the worker
 * at a time, edits made meanwhile coalesced into the next, answers no longer wanted dropped, size
 * limits checked before anything is sent. No React, no DOM: the worker is reached through a port.
 *
 * Staleness has one rule here: each kind of request has at most one id whose answer is wanted
 * (`wanted`); any other answer is dropped. A new request, an emptied or too-large text, and a
 * restarted worker each replace or clear it.
 */
import type { AnalyzeOptions } from '@dop/analyzer';
import type { RewriteOptions } from '@dop/rewriter';
import type { AppState, AppStore, AppStoreApi } from '../store/store';
import { AnalysisClient, type ClientEvent } from '../worker/client';
import { MAX_ANALYZE_CHARS, type StepsRequest } from '../worker/protocol';
import { SEED_BY_ID } from '../workshop/seeds';

/** What the scheduler needs of the worker client (`worker/client.ts`). */
export interface AnalysisPort {
  analyze(text: string, options: RewriteOptions, analyzeOptions?: AnalyzeOptions): number;
  steps(text: string, options: RewriteOptions, lesson?: StepsRequest['lesson']): number;
  warmUp(): void;
}

export type ConnectWorker = (listener: (event: ClientEvent) => void) => AnalysisPort;

const connectWorker: ConnectWorker = (listener) => new AnalysisClient(listener);

/** Starts analysing the store's text now and after each change that matters to the answer. */
export function startAnalysis(store: AppStoreApi, connect: ConnectWorker = connectWorker): AnalysisPort {
  /** The one request of each kind whose answer is still wanted, with the text it was for. */
  const wanted: { analyze: { id: number; text: string } | null; steps: number | null } = {
    analyze: null,
    steps: null,
  };
  // The worker works on one analysis at a time: an edit made meanwhile only marks the text dirty,
  // and the latest text goes as soon as the worker is free. A keystroke on an idle worker is sent
  // at once (no fixed debounce), so markers follow typing as fast as the analysis runs, and a slow
  // analysis (large file) paces the requests by itself. `busy` outlives `wanted.analyze` when the
  // text was emptied meanwhile: the worker is still on it.
  let busy: number | null = null;
  let dirty = false;

  const port = connect((event) => {
    const s = store.getState();
    switch (event.kind) {
      case 'rules':
        s.setRules(event.rules);
        return;
      case 'findings':
        if (wanted.analyze?.id !== event.response.id) return;
        s.receiveFindings(wanted.analyze.text, event.response.findings, event.response.suppressed);
        markFirstFindings();
        return;
      case 'analysis': {
        const r = event.response;
        const request = wanted.analyze?.id === r.id ? wanted.analyze : null;
        if (request) {
          wanted.analyze = null;
          if (r.analyzeError && !r.rewrite) s.failAnalysis('error', r.analyzeError);
          else {
            s.receiveAnalysis({
              text: request.text,
              findings: r.findings,
              suppressed: r.suppressed,
              rewrite: r.rewrite,
              allChanges: r.allChanges,
              timings: r.timings,
            });
            if (r.rewriteError)
              s.setNotice({ kind: 'warning', key: 'rewriteFailed', params: { detail: r.rewriteError } });
            markFirstFindings();
          }
        }
        if (busy === r.id) settle();
        return;
      }
      case 'steps':
        if (wanted.steps !== event.response.id) return;
        wanted.steps = null;
        s.receiveSteps(event.response.plan);
        return;
      case 'timeout':
      case 'crash': {
        // The worker was restarted: whatever it held is lost, wanted or not.
        const lostSteps = wanted.steps !== null;
        const lostAny = lostSteps || wanted.analyze !== null;
        wanted.analyze = null;
        wanted.steps = null;
        if (lostSteps) s.stopWorkshop();
        if (lostAny) {
          if (event.kind === 'timeout') s.failAnalysis('timeout');
          else s.failAnalysis('error', event.message);
        }
        settle();
        return;
      }
    }
  });
  port.warmUp();

  function settle() {
    busy = null;
    if (dirty) run();
  }

  function run() {
    const s = store.getState();
    // Nothing to analyse: a prompt or a limit, not an error finding and a 0 MB image. An answer
    // on its way is for a text that is gone.
    const refused = s.text.length > MAX_ANALYZE_CHARS ? 'too-large' : s.text.trim() === '' ? 'empty' : null;
    if (refused) {
      wanted.analyze = null;
      dirty = false;
      s.failAnalysis(refused);
      return;
    }
    if (busy !== null) {
      dirty = true;
      return;
    }
    dirty = false;
    s.pending();
    const id = port.analyze(s.text, rewriteOptions(s), s.settings.analyze);
    busy = id;
    wanted.analyze = { id, text: s.text };
  }

  const steps = (s: AppStore) => {
    if (s.text.length > MAX_ANALYZE_CHARS) {
      wanted.steps = null;
      s.stopWorkshop();
    } else wanted.steps = port.steps(s.text, rewriteOptions(s), lessonTexts(s));
  };

  store.subscribe((s, prev) => {
    // At once, in the same task: a paste or a fix with several edits is one change of the model.
    if (
      s.text !== prev.text ||
      s.choices !== prev.choices ||
      s.settings !== prev.settings ||
      s.project.context !== prev.project.context
    )
      run();
    const w = s.workshop;
    if (w.active && w.loading && (!prev.workshop.loading || w.lesson !== prev.workshop.lesson)) steps(s);
  });
  // a link opened on a slide asked for its steps before anyone listened
  if (store.getState().workshop.active && store.getState().workshop.loading) steps(store.getState());
  setTimeout(run, 0);
  return port;
}

/** When the first findings showed, for the page-load measurement (`bench`). */
function markFirstFindings(): void {
  if (typeof window === 'undefined') return;
  (window as unknown as { __dopFirstFindings?: number }).__dopFirstFindings ??= performance.now();
}

/** A seed lesson's versions in the page's language, for the worker to measure. */
function lessonTexts(s: AppState): { id: string; texts: string[] } | undefined {
  const seed = s.workshop.lesson ? SEED_BY_ID.get(s.workshop.lesson) : undefined;
  return seed ? { id: seed.id, texts: seed.steps.map((x) => x.text[s.lang]) } : undefined;
}

/** The rewriter's options: the change toggles and choices, and the transforms the settings switch off. */
export function rewriteOptions(s: AppState): RewriteOptions {
  return {
    ...s.choices,
    disabledTransforms: s.settings.disabledTransforms,
    ...(s.project.context ? { context: s.project.context } : {}),
  };
}
