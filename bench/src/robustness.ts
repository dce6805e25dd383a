/**
 * Robustness in `pnpm bench`: the long fuzz run (the unit tests run a short one) and scaling of the
 * input shapes that were once slow, each at 1×, 2×, 4× and 8× its size. Linear work shows a ratio
 * near 2 from one size to the next; 4 means quadratic.
 */
import { analyze } from '@dop/analyzer';
import { rewrite } from '@dop/rewriter';
import { fuzzCheck } from '../../packages/rewriter/test/fuzz/check.js';
import { mutants } from '../../packages/rewriter/test/fuzz/mutate.js';

export interface FuzzResult {
  seed: number;
  mutants: number;
  failing: number;
  /** Failures by kind (a thrown error or an invariant). */
  byKind: Record<string, number>;
  /** The first few, to replay: corpus file, mutations, what failed. */
  examples: string[];
  seconds: number;
  slowestMs: number;
}

export function longFuzz(
  texts: readonly { name: string; text: string }[],
  count: number,
  seed: number,
  log: (s: string) => void,
): FuzzResult {
  const started = performance.now();
  const byKind: Record<string, number> = {};
  const examples: string[] = [];
  let failing = 0;
  let slowestMs = 0;
  let n = 0;
  for (const m of mutants(texts, count, seed)) {
    const t = performance.now();
    const failures = fuzzCheck(m.text);
    slowestMs = Math.max(slowestMs, performance.now() - t);
    if (failures.length > 0) failing++;
    for (const f of failures) {
      byKind[f.kind] = (byKind[f.kind] ?? 0) + 1;
      if (examples.length < 20)
        examples.push(`${m.source} [${m.mutations.join('+')}]: ${f.kind}: ${f.detail.slice(0, 200)}`);
    }
    if (++n % 500 === 0) log(`fuzz: ${n}/${count}, ${failing} failing`);
  }
  return {
    seed,
    mutants: n,
    failing,
    byKind,
    examples,
    seconds: (performance.now() - started) / 1000,
    slowestMs,
  };
}

/** Input shapes that once took seconds or gigabytes, as functions of a size. */
export const SCALING_PATTERNS: Record<string, { base: number; make: (n: number) => string }> = {
  'pragma comment, spaces around one id': {
    base: 1500,
    make: (n) => `FROM alpine:3.20\n# hadolint ignore=${' '.repeat(n)}x${' '.repeat(n)}!\nRUN echo\n`,
  },
  'ENV built from the one before, twice (A2=${A1}${A1})': {
    base: 28,
    make: (n) =>
      `FROM alpine:3.20\nENV A1=xy\n${Array.from({ length: n }, (_, i) => `ENV A${i + 2}=\${A${i + 1}}\${A${i + 1}}`).join('\n')}\nRUN echo $A${n + 1}\n`,
  },
  'installs joined by && in one RUN': {
    base: 250,
    make: (n) =>
      `FROM debian:12-slim\nRUN ${Array.from({ length: n }, (_, i) => `apt-get install -y p${i}`).join(' && ')}\n`,
  },
  'RUN lines': {
    base: 1250,
    make: (n) => `FROM debian:12-slim\n${Array.from({ length: n }, (_, i) => `RUN echo ${i}`).join('\n')}\n`,
  },
  'one long line of slashes': {
    base: 20_000,
    make: (n) => `FROM alpine:3.20\nCOPY ${'/'.repeat(n)}x /app/\n`,
  },
};

export interface ScalingRow {
  pattern: string;
  sizes: { factor: number; bytes: number; analyzeMs: number; rewriteMs: number; heapMB: number }[];
}

export function scaling(log: (s: string) => void, factors = [1, 2, 4, 8]): ScalingRow[] {
  const rows: ScalingRow[] = [];
  for (const [pattern, { base, make }] of Object.entries(SCALING_PATTERNS)) {
    const sizes: ScalingRow['sizes'] = [];
    for (const factor of factors) {
      const text = make(base * factor);
      globalThis.gc?.();
      let t = performance.now();
      analyze(text);
      const analyzeMs = performance.now() - t;
      t = performance.now();
      rewrite(text);
      const rewriteMs = performance.now() - t;
      sizes.push({
        factor,
        bytes: text.length,
        analyzeMs,
        rewriteMs,
        heapMB: process.memoryUsage().heapUsed / 1e6,
      });
      log(
        `scaling: ${pattern} ×${factor}: analyze ${analyzeMs.toFixed(0)} ms, rewrite ${rewriteMs.toFixed(0)} ms`,
      );
    }
    rows.push({ pattern, sizes });
  }
  return rows;
}

export function robustnessMarkdown(fuzz: FuzzResult | null, rows: ScalingRow[]): string {
  let md = '## Robustness\n\n';
  if (fuzz) {
    md += `Long fuzz run: ${fuzz.mutants} seeded mutants of the corpus (seed ${fuzz.seed}; the kinds in packages/rewriter/test/fuzz/mutate.ts), each through analyze, fixAll and rewrite with the rewriter's invariants checked (no throw, output parses, fixpoint, no instruction or comment lost, runtime unchanged unless a review change says so). `;
    md += `**${fuzz.failing} failing** in ${fuzz.seconds.toFixed(1)} s (slowest mutant ${fuzz.slowestMs.toFixed(0)} ms).\n\n`;
    for (const [k, v] of Object.entries(fuzz.byKind)) md += `- ${k}: ${v}\n`;
    for (const e of fuzz.examples) md += `- \`${e.replace(/`/g, "'")}\`\n`;
    md += '\n';
  }
  if (rows.length) {
    md +=
      '| input shape | ×1 bytes | analyze ms ×1 / ×2 / ×4 / ×8 | rewrite ms ×1 / ×2 / ×4 / ×8 |\n|---|---|---|---|\n';
    for (const r of rows) {
      const a = r.sizes.map((s) => s.analyzeMs.toFixed(0)).join(' / ');
      const w = r.sizes.map((s) => s.rewriteMs.toFixed(0)).join(' / ');
      md += `| ${r.pattern} | ${r.sizes[0]?.bytes ?? 0} | ${a} | ${w} |\n`;
    }
    md += '\nTime that doubles with the size is linear; time that quadruples is quadratic.\n\n';
  }
  return md;
}
