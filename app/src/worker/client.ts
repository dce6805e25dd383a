/**
 * The page's side of the analysis worker: numbered requests, every answer passed on with its id,
 * and a time limit after which the worker is terminated and a fresh one started. Which answers are
 * still wanted is the scheduler's to say (`engine/analysis-scheduler.ts`), not this transport's.
 */
import type { AnalyzeOptions, RuleMeta } from '@dop/analyzer';
import type { RewriteOptions } from '@dop/rewriter';
import {
  ANALYZE_TIMEOUT_MS,
  type AnalyzeResponse,
  type FindingsResponse,
  type StepsRequest,
  type StepsResponse,
  type WorkerRequest,
  type WorkerResponse,
} from './protocol';

export type ClientEvent =
  | { kind: 'analysis'; response: AnalyzeResponse }
  | { kind: 'findings'; response: FindingsResponse }
  | { kind: 'steps'; response: StepsResponse }
  | { kind: 'rules'; rules: RuleMeta[] }
  /** A request ran past the time limit: the worker was restarted and every request in it lost. */
  | { kind: 'timeout'; type: WorkerRequest['type']; id: number }
  /** The worker failed: restarted too, every request in it lost. */
  | { kind: 'crash'; message: string };

export type WorkerFactory = () => Worker;

const defaultFactory: WorkerFactory = () =>
  new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module', name: 'dop-analysis' });

export class AnalysisClient {
  private worker: Worker | null = null;
  private nextId = 1;
  private timers = new Map<number, ReturnType<typeof setTimeout>>();

  constructor(
    private readonly listener: (event: ClientEvent) => void,
    private readonly factory: WorkerFactory = defaultFactory,
    private readonly timeoutMs = ANALYZE_TIMEOUT_MS,
  ) {}

  private ensure(): Worker {
    if (this.worker) return this.worker;
    const w = this.factory();
    w.onmessage = (e: MessageEvent<WorkerResponse>) => this.receive(e.data);
    w.onerror = (e) => {
      e.preventDefault();
      this.restart();
      this.listener({ kind: 'crash', message: e.message || 'worker error' });
    };
    this.worker = w;
    return w;
  }

  /** Starts the worker early so the analyzer loads while Monaco does. */
  warmUp(): void {
    this.ensure();
  }

  analyze(text: string, options: RewriteOptions, analyzeOptions: AnalyzeOptions = {}): number {
    return this.send({ type: 'analyze', id: this.nextId++, text, options, analyze: analyzeOptions });
  }

  steps(text: string, options: RewriteOptions, lesson?: StepsRequest['lesson']): number {
    return this.send({ type: 'steps', id: this.nextId++, text, options, ...(lesson ? { lesson } : {}) });
  }

  private send(req: WorkerRequest): number {
    this.ensure().postMessage(req);
    const timer = setTimeout(() => {
      this.timers.delete(req.id);
      this.restart();
      this.listener({ kind: 'timeout', type: req.type, id: req.id });
    }, this.timeoutMs);
    this.timers.set(req.id, timer);
    return req.id;
  }

  private receive(msg: WorkerResponse): void {
    if (msg.type === 'ready') {
      this.listener({ kind: 'rules', rules: msg.rules });
      return;
    }
    if (msg.type === 'findings') {
      // early findings: the full answer (and the end of the time limit) follows
      this.listener({ kind: 'findings', response: msg });
      return;
    }
    const timer = this.timers.get(msg.id);
    if (timer) clearTimeout(timer);
    this.timers.delete(msg.id);
    if (msg.type === 'analyze') this.listener({ kind: 'analysis', response: msg });
    else this.listener({ kind: 'steps', response: msg });
  }

  /** Terminates a stuck worker; the next request starts a fresh one. */
  restart(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    this.worker?.terminate();
    this.worker = null;
  }

  dispose(): void {
    this.restart();
  }
}
