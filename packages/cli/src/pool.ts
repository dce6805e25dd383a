import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { type LintJob, lintJob } from './lint-file.js';
import { type ReadOutcome, readDockerfileSync } from './read-input.js';
import type { FileResult } from './types.js';

/**
 * From the sources (run through tsx) the worker needs an entry that loads tsx too; in the bundle
 * (dist/main.js) its worker is bundled beside it.
 */
const WORKER_ENTRY = import.meta.url.endsWith('.ts')
  ? new URL('../bin/worker.mjs', import.meta.url)
  : new URL('./worker-main.js', import.meta.url);

/**
 * Worker threads a run may use: none on two cores or fewer, where each worker's start and JIT
 * warm-up cost more than the second core gives back (`pnpm bench:analyzer --cli` measures both
 * ways); `DOP_THREADS=N` sets the number (1: in process).
 */
export function defaultThreads(env: NodeJS.ProcessEnv = process.env): number {
  const asked = Number(env.DOP_THREADS);
  if (Number.isInteger(asked) && asked >= 1) return Math.min(asked, 8);
  const cores = availableParallelism();
  return cores <= 2 ? 1 : Math.min(cores, 8);
}

/** Below this many files a worker's start-up costs more than it saves. */
const PARALLEL_FROM = 64;

/** From this many files a run is long enough for the optimising compiler to be held back. */
const LONG_RUN_FROM = PARALLEL_FROM;

/**
 * A run is one pass over its files: V8's optimising compiler, at its default budget, compiled some
 * 400 of the analyzer's functions (many twice, after a deoptimisation) while the main thread had
 * moved on. Over the 997 corpus files that took more CPU than the analysis (about 4 s against 2.9
 * s on the main thread) and, on two cores, the main thread's second core; sixteen times the budget
 * leaves it the few functions hot enough to repay it (docs/performance.md, "Third round: the
 * CLI"). Flags are per process: worker threads have it too. `node:v8` is loaded only for such
 * runs (a one-file start would pay about 10 ms for it).
 */
async function holdBackOptimisingCompiler(): Promise<void> {
  // An internal V8 flag: a V8 without it prints "unrecognized flag" on stderr, so it is set only
  // on the V8 it was measured on (Node 20's 11.x); elsewhere the run keeps V8's defaults.
  if (!MEASURED_V8.test(process.versions.v8)) return;
  const { setFlagsFromString } = await import('node:v8');
  setFlagsFromString('--interrupt-budget=1081344');
}

/** The V8 versions the raised budget was measured on (docs/performance.md, "Third round: the CLI"). */
const MEASURED_V8 = /^11\./;

/**
 * A file this large goes to a timed worker even in a small run: a typical Dockerfile takes
 * milliseconds in process, and only a worker can be stopped if one ever takes far longer.
 */
export const TIMED_FROM_BYTES = 64 * 1024;

/** A file that could not be read is not large: its job says what is wrong. */
function isLarge(job: LintJob, read: ReadOutcome | undefined, limit: number): boolean {
  if (job.file === null) return (job.text?.length ?? 0) >= limit;
  return read?.ok === true && read.bytes.length >= limit;
}

/**
 * Time one file may take on a worker thread before it is given up on and the worker replaced (a
 * file's work is synchronous: only a worker can be stopped). A Dockerfile takes milliseconds.
 */
export const FILE_TIME_LIMIT_MS = 60_000;

/**
 * Runs jobs on worker threads (in process for few files), calling `onResult` in job order as soon
 * as each result and all before it are ready: output streams, memory holds only what waits.
 */
export async function runJobs(
  jobs: readonly LintJob[],
  onResult: (r: FileResult, index: number) => void,
  threads = defaultThreads(),
  /** Checked before each job: once true no further job starts (those running finish). */
  stop: () => boolean = () => false,
  timeLimitMs = FILE_TIME_LIMIT_MS,
  largeFrom = TIMED_FROM_BYTES,
): Promise<void> {
  const ordered = orderedEmitter(onResult);
  if (jobs.length >= LONG_RUN_FROM) await holdBackOptimisingCompiler();
  if (jobs.length < PARALLEL_FROM || threads < 2) {
    let timed: PooledWorker | null = null;
    try {
      for (let i = 0; i < jobs.length && !stop(); i++) {
        const job = jobs[i]!;
        // Read here, once: its size decides where the job runs (no stat of its own per file).
        const read = job.file === null ? undefined : readDockerfileSync(job.file);
        if (isLarge(job, read, largeFrom)) {
          timed ??= spawnTimed(timeLimitMs);
          ordered(i, await timed.run(job));
        } else ordered(i, await lintJob(job, read));
      }
    } finally {
      await timed?.close();
    }
    return;
  }
  let next = 0;
  const workers = Array.from({ length: Math.min(threads, Math.ceil(jobs.length / 16)) }, () =>
    spawnTimed(timeLimitMs),
  );
  try {
    await Promise.all(
      workers.map(async (w) => {
        while (next < jobs.length && !stop()) {
          const i = next++;
          ordered(i, await w.run(jobs[i]!));
        }
      }),
    );
  } finally {
    await Promise.all(workers.map((w) => w.close()));
  }
}

function orderedEmitter(emit: (r: FileResult, index: number) => void) {
  const waiting = new Map<number, FileResult>();
  let due = 0;
  return (index: number, r: FileResult) => {
    waiting.set(index, r);
    while (waiting.has(due)) {
      emit(waiting.get(due)!, due);
      waiting.delete(due);
      due++;
    }
  };
}

interface PooledWorker {
  run(job: LintJob): Promise<FileResult>;
  close(): Promise<void>;
}

/** A worker whose job is abandoned after `limitMs`: the worker is ended and a fresh one takes its place. */
function spawnTimed(limitMs: number): PooledWorker {
  let current = spawn();
  return {
    async run(job) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const late = new Promise<null>((resolve) => {
        timer = setTimeout(() => resolve(null), limitMs);
      });
      const r = await Promise.race([current.run(job), late]);
      clearTimeout(timer);
      if (r) return r;
      const stuck = current;
      current = spawn();
      void stuck.close();
      return {
        path: job.display,
        text: '',
        findings: [],
        // Writes are atomic: a --fix stopped here wrote the whole file or nothing.
        error: `stopped after ${limitMs / 1000} s: this file takes far longer than a Dockerfile should (please report it); nothing of it was half-written`,
      };
    },
    close: () => current.close(),
  };
}

function spawn(): PooledWorker {
  const worker = new Worker(WORKER_ENTRY);
  worker.unref();
  let pending: { resolve: (r: FileResult) => void; job: LintJob } | null = null;
  let crashed: string | null = null;
  worker.on('message', (r: FileResult) => {
    const p = pending;
    pending = null;
    p?.resolve(r);
  });
  worker.on('error', (e) => {
    crashed = e.message;
    const p = pending;
    pending = null;
    p?.resolve({ path: p.job.display, text: '', findings: [], error: `internal error: ${e.message}` });
  });
  return {
    run(job) {
      if (crashed !== null) {
        return Promise.resolve({
          path: job.display,
          text: '',
          findings: [],
          error: `internal error: ${crashed}`,
        });
      }
      return new Promise((resolve) => {
        pending = { resolve, job };
        worker.postMessage(job);
      });
    },
    async close() {
      await worker.terminate();
    },
  };
}
