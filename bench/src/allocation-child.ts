/**
 * One build's allocation, counted in a process of its own (started by `allocation.ts`): the heap's
 * growth over a warm pass, from a heap just collected to the end of the pass, in a young generation
 * large enough that nothing is collected during it. A pass during which the collector ran anyway is
 * reported as such, without a number (what was collected would be missing from it).
 *
 * Reads a `ChildInput` as JSON on stdin, writes a `ChildOutput` as JSON on stdout. Needs
 * `--expose-gc`; the young generation is set by the parent (`--min-semi-space-size`, `--max-…`).
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { GCProfiler, getHeapSpaceStatistics, getHeapStatistics } from 'node:v8';

export interface ChildInput {
  /** a module exporting the function to measure (an ES module, or CommonJS by its file) */
  module: string;
  /** the name of its export: a function taking one text */
  exportName: string;
  files: string[];
  passes: number;
}

export interface ChildPass {
  /** bytes the heap grew by over the pass; null when the collector ran during it */
  bytes: number | null;
  /** collections during the pass, by V8's kind (`Scavenge`, `MarkSweepCompact` …) */
  gcs: string[];
  /** bytes each space grew by (`new_space`, `old_space`, `code_space` …) */
  spaces: Record<string, number>;
}

export interface ChildOutput {
  passes: ChildPass[];
}

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('allocation-child: run with --expose-gc');

const input = JSON.parse(readFileSync(0, 'utf8')) as ChildInput;
const mod = (await import(pathToFileURL(input.module).href)) as Record<string, unknown> & {
  default?: Record<string, unknown>;
};
const fn = (mod[input.exportName] ?? mod.default?.[input.exportName]) as
  | ((text: string) => unknown)
  | undefined;
if (typeof fn !== 'function') throw new Error(`${input.module}: no function exported as ${input.exportName}`);
const texts = input.files.map((f) => readFileSync(f, 'utf8'));

const pass = () => {
  for (let j = 0; j < texts.length; j++) fn(texts[j]!);
};
// Warm-up: compiled code, lazily built tables and caches are in place before anything is counted.
pass();

const profiler = new GCProfiler();
const passes: ChildPass[] = [];
for (let p = 0; p < input.passes; p++) {
  gc();
  const spaces0 = getHeapSpaceStatistics();
  const before = getHeapStatistics().used_heap_size;
  profiler.start();
  pass();
  const after = getHeapStatistics().used_heap_size;
  const spaces: Record<string, number> = {};
  for (const s of getHeapSpaceStatistics())
    spaces[s.space_name] =
      s.space_used_size - (spaces0.find((t) => t.space_name === s.space_name)?.space_used_size ?? 0);
  // GCProfiler reports synchronously; a PerformanceObserver's 'gc' entries arrive only later.
  const gcs = (profiler.stop()?.statistics ?? []).map((s) => s.gcType);
  passes.push({ bytes: gcs.length === 0 ? after - before : null, gcs, spaces });
}
const output: ChildOutput = { passes };
process.stdout.write(JSON.stringify(output));
