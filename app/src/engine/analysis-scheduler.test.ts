import type { Finding } from '@dop/analyzer';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAppStore, initialState } from '../store/store';
import type { ClientEvent } from '../worker/client';
import { MAX_ANALYZE_CHARS } from '../worker/protocol';
import type { AnalyzeResponse } from '../worker/protocol';
import { type AnalysisPort, startAnalysis } from './analysis-scheduler';

/** A worker client that records what it was asked and answers when the test says. */
function fakeWorker() {
  const sent: { type: 'analyze' | 'steps'; id: number; text: string }[] = [];
  let listener: (e: ClientEvent) => void = () => {};
  let next = 1;
  const port: AnalysisPort = {
    analyze: (text) => {
      sent.push({ type: 'analyze', id: next, text });
      return next++;
    },
    steps: (text) => {
      sent.push({ type: 'steps', id: next, text });
      return next++;
    },
    warmUp: () => {},
  };
  const finding = (text: string): Finding => ({ ruleId: `for:${text}` }) as unknown as Finding;
  const answer = (id: number): AnalyzeResponse => {
    const text = sent.find((r) => r.id === id)!.text;
    return {
      type: 'analyze',
      id,
      findings: [finding(text)],
      suppressed: 0,
      rewrite: null,
      allChanges: [],
      timings: { analyzeMs: 0, rewriteMs: 0 },
    };
  };
  return {
    sent,
    connect: (l: (e: ClientEvent) => void) => {
      listener = l;
      return port;
    },
    answer: (id: number) => listener({ kind: 'analysis', response: answer(id) }),
    findings: (id: number) => listener({ kind: 'findings', response: { ...answer(id), type: 'findings' } }),
    emit: (e: ClientEvent) => listener(e),
  };
}

describe('analysis scheduler', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const setup = (text = 'FROM alpine:3.20\n') => {
    const store = createAppStore(initialState('en', text, null));
    const worker = fakeWorker();
    startAnalysis(store, worker.connect);
    vi.runAllTimers(); // the first analysis goes on the next tick
    return { store, worker, set: (t: string) => store.getState().setText(t) };
  };
  const analyzed = (s: { getState(): { findings: Finding[] } }) => s.getState().findings.map((f) => f.ruleId);

  it('sends the text at start and shows its answer', () => {
    const { store, worker } = setup();
    expect(worker.sent).toEqual([{ type: 'analyze', id: 1, text: 'FROM alpine:3.20\n' }]);
    expect(store.getState().status).toBe('pending');
    worker.answer(1);
    expect(store.getState().status).toBe('ready');
    expect(store.getState().analyzedText).toBe('FROM alpine:3.20\n');
    expect(analyzed(store)).toEqual(['for:FROM alpine:3.20\n']);
  });

  it('sends an edit on an idle worker at once', () => {
    const { worker, set } = setup();
    worker.answer(1);
    set('FROM a\n');
    expect(worker.sent.map((r) => r.text)).toEqual(['FROM alpine:3.20\n', 'FROM a\n']);
  });

  it('coalesces edits made while busy into exactly one more request, with the latest text', () => {
    const { store, worker, set } = setup();
    set('FROM a\n');
    set('FROM ab\n');
    expect(worker.sent).toHaveLength(1);
    worker.answer(1);
    expect(worker.sent).toHaveLength(2);
    expect(worker.sent[1]!.text).toBe('FROM ab\n');
    // the first text's answer still shows while the next one runs: markers follow typing
    expect(store.getState().analyzedText).toBe('FROM alpine:3.20\n');
    worker.answer(2);
    expect(worker.sent).toHaveLength(2);
    expect(store.getState().analyzedText).toBe('FROM ab\n');
  });

  it('drops an answer for a text since emptied, and shows the empty prompt at once', () => {
    const { store, worker, set } = setup();
    set('   ');
    expect(store.getState().status).toBe('empty');
    worker.findings(1);
    worker.answer(1);
    expect(store.getState().status).toBe('empty');
    expect(store.getState().analyzedText).toBeNull();
    expect(analyzed(store)).toEqual([]);
    expect(worker.sent).toHaveLength(1);
  });

  it('waits for the worker after an emptied text before sending the next one', () => {
    const { store, worker, set } = setup();
    set('');
    set('FROM b\n');
    expect(worker.sent).toHaveLength(1); // the worker is still on the first text
    worker.answer(1);
    expect(worker.sent.map((r) => r.text)).toEqual(['FROM alpine:3.20\n', 'FROM b\n']);
    expect(store.getState().analyzedText).toBeNull(); // the first answer was not wanted
    worker.answer(2);
    expect(store.getState().analyzedText).toBe('FROM b\n');
  });

  it('refuses a text over the limit without sending it', () => {
    const { store, worker, set } = setup();
    worker.answer(1);
    set(`FROM a\n${'#'.repeat(MAX_ANALYZE_CHARS)}`);
    expect(store.getState().status).toBe('too-large');
    expect(worker.sent).toHaveLength(1);
  });

  it('shows early findings for the wanted request with the text they are for', () => {
    const { store, worker } = setup();
    worker.findings(1);
    expect(store.getState().analyzedText).toBe('FROM alpine:3.20\n');
    expect(store.getState().status).toBe('pending');
  });

  it('ignores an answer whose id was never wanted (a worker restarted meanwhile)', () => {
    const { store, worker } = setup();
    worker.emit({ kind: 'timeout', type: 'analyze', id: 1 });
    expect(store.getState().status).toBe('timeout');
    worker.answer(1);
    expect(store.getState().status).toBe('timeout');
  });

  it('after a timeout sends the edit that waited, and stops a step-through that was lost', () => {
    const { store, worker, set } = setup();
    store.getState().startWorkshop();
    expect(worker.sent.map((r) => r.type)).toEqual(['analyze', 'steps']);
    set('FROM c\n');
    worker.emit({ kind: 'timeout', type: 'analyze', id: 1 });
    expect(store.getState().workshop.active).toBe(false);
    expect(worker.sent.at(-1)).toEqual({ type: 'analyze', id: 3, text: 'FROM c\n' });
    expect(store.getState().status).toBe('pending');
  });

  it('shows only the latest step-through answer', () => {
    const { store, worker } = setup();
    store.getState().startWorkshop();
    const plan = (text: string) => ({ outputs: [text], metrics: [], steps: [] });
    const stepsId = worker.sent.at(-1)!.id;
    worker.emit({ kind: 'steps', response: { type: 'steps', id: stepsId + 100, plan: plan('old') } });
    expect(store.getState().workshop.loading).toBe(true);
    worker.emit({ kind: 'steps', response: { type: 'steps', id: stepsId, plan: plan('new') } });
    expect(store.getState().workshop.loading).toBe(false);
  });
});
