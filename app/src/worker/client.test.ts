import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AnalysisClient, type ClientEvent } from './client';
import type { AnalyzeResponse, WorkerRequest } from './protocol';

class FakeWorker {
  static all: FakeWorker[] = [];
  sent: WorkerRequest[] = [];
  terminated = false;
  onmessage: ((e: MessageEvent) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  constructor() {
    FakeWorker.all.push(this);
  }
  postMessage(m: WorkerRequest) {
    this.sent.push(m);
  }
  terminate() {
    this.terminated = true;
  }
  answer(id: number) {
    const res: AnalyzeResponse = {
      type: 'analyze',
      id,
      findings: [],
      suppressed: 0,
      rewrite: null,
      allChanges: [],
      timings: { analyzeMs: 0, rewriteMs: 0 },
    };
    this.onmessage?.({ data: res } as MessageEvent);
  }
}

describe('AnalysisClient', () => {
  beforeEach(() => {
    FakeWorker.all = [];
    vi.useFakeTimers();
  });
  afterEach(() => vi.useRealTimers());

  const setup = () => {
    const events: ClientEvent[] = [];
    const client = new AnalysisClient(
      (e) => events.push(e),
      () => new FakeWorker() as unknown as Worker,
      1000,
    );
    return { client, events };
  };

  it("passes every answer on with its id: which are wanted is the scheduler's to say", () => {
    const { client, events } = setup();
    const first = client.analyze('FROM a', {});
    const second = client.analyze('FROM b', {});
    const w = FakeWorker.all[0]!;
    w.onmessage?.({ data: { type: 'findings', id: first, findings: [], suppressed: 0 } } as MessageEvent);
    w.answer(first);
    w.answer(second);
    expect(
      events.map((e) => (e.kind === 'analysis' || e.kind === 'findings' ? [e.kind, e.response.id] : e.kind)),
    ).toEqual([
      ['findings', first],
      ['analysis', first],
      ['analysis', second],
    ]);
  });

  it('terminates and restarts the worker after the time limit', () => {
    const { client, events } = setup();
    client.analyze('FROM a', {});
    vi.advanceTimersByTime(1001);
    expect(FakeWorker.all[0]!.terminated).toBe(true);
    expect(events).toEqual([{ kind: 'timeout', type: 'analyze', id: 1 }]);
    client.analyze('FROM b', {});
    expect(FakeWorker.all.length).toBe(2);
  });

  it('does not time out an answered request', () => {
    const { client, events } = setup();
    const id = client.analyze('FROM a', {});
    FakeWorker.all[0]!.answer(id);
    vi.advanceTimersByTime(5000);
    expect(events.map((e) => e.kind)).toEqual(['analysis']);
    expect(FakeWorker.all[0]!.terminated).toBe(false);
  });
});
