/**
 * Bytes allocated by a warm pass of one build, counted exactly in a process of its own
 * (`allocation-child.ts`), the same way for every build. Two builds in one process do not count
 * alike: the one loaded second allocated 25–30 MB more a pass over the corpus than the same build
 * loaded first, and the sampling heap profiler varied by ±15 MB from one pass to the next.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { ChildInput, ChildOutput } from './allocation-child.js';
import { stats } from './stats.js';

const CHILD = fileURLToPath(new URL('./allocation-child.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Young generation (one semi-space) of the measuring process: above a pass over the corpus. */
export const DEFAULT_YOUNG_MB = 1024;

export interface AllocationOptions extends ChildInput {
  /** the measuring process's young generation, MB (default `DEFAULT_YOUNG_MB`) */
  youngMB?: number;
}

export interface Allocation {
  /** median of the passes during which nothing was collected, MB; null if none */
  medianMB: number | null;
  /** every pass, MB; null for a pass during which the collector ran */
  passesMB: (number | null)[];
  /** how many passes the collector ran during, and as what */
  collected: { passes: number; kinds: string[] };
  youngMB: number;
  /** the method, in a few words, for the bench's output */
  method: string;
}

export function measureAllocation(opts: AllocationOptions): Allocation {
  const youngMB = opts.youngMB ?? DEFAULT_YOUNG_MB;
  const input: ChildInput = {
    module: opts.module,
    exportName: opts.exportName,
    files: opts.files,
    passes: opts.passes,
  };
  const r = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      '--expose-gc',
      // Optimised code decides what is allocated (escape analysis): compiled on the main thread,
      // at the same points of every run, the same build counts the same bytes pass for pass.
      '--no-concurrent-recompilation',
      `--min-semi-space-size=${youngMB}`,
      `--max-semi-space-size=${youngMB}`,
      CHILD,
    ],
    { cwd: ROOT, input: JSON.stringify(input), encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 },
  );
  if (r.status !== 0) throw new Error(`allocation of ${opts.module} not measured: ${r.stderr || r.error}`);
  const out = JSON.parse(r.stdout) as ChildOutput;
  const passesMB = out.passes.map((p) => (p.bytes === null ? null : p.bytes / 1024 / 1024));
  const clean = passesMB.filter((b): b is number => b !== null);
  const dirty = out.passes.filter((p) => p.gcs.length > 0);
  return {
    medianMB: clean.length ? stats(clean).median : null,
    passesMB,
    collected: { passes: dirty.length, kinds: [...new Set(dirty.flatMap((p) => p.gcs))] },
    youngMB,
    method:
      `heap growth over a warm pass after gc(), one process per build, young generation ${youngMB} MB, ` +
      `median of ${clean.length} pass${clean.length === 1 ? '' : 'es'} without a collection`,
  };
}

/** One line for the bench: the median, the spread of the passes, and any pass left out. */
export function describeAllocation(name: string, a: Allocation): string {
  const mb = (n: number) => n.toFixed(1);
  const clean = a.passesMB.filter((b): b is number => b !== null);
  const left =
    a.collected.passes > 0
      ? `; ${a.collected.passes} of ${a.passesMB.length} passes left out: the collector ran during them ` +
        `(${a.collected.kinds.join(', ')}), a young generation of ${a.youngMB} MB was too small`
      : '';
  if (a.medianMB === null) return `  ${name}: not measured${left}`;
  const range = clean.length > 1 ? ` (passes ${mb(Math.min(...clean))}–${mb(Math.max(...clean))})` : '';
  return `  ${name}: ${mb(a.medianMB)} MB${range}${left}`;
}
