/** Part 2: analyze and analyze + rewrite in process, per file, and memory over repeated runs. */
import { createRequire } from 'node:module';
import path from 'node:path';
import { PEERS_DIR } from './setup.js';
import type { Library } from './shipped.js';
import { round, stats, type Stats } from './stats.js';

export interface Timing {
  medianMs: number;
  p99Ms: number;
  maxMs: number;
}

export interface InProcessResult {
  /** How our functions were loaded (bundled as shipped, or the sources through tsx). */
  how: string;
  corpus: { files: number; analyze: Timing; analyzeRewrite: Timing; dockerfileUtilsValidate: Timing | null };
  typical: { lines: number; analyzeMs: number; analyzeRewriteMs: number; dockerfileUtilsMs: number | null };
  large: { lines: number; analyzeMs: number; analyzeRewriteMs: number };
  huge: { megabytes: number; analyzeMs: number; analyzeRewriteMs: number };
  memory: {
    runs: number;
    heapAfter1kMB: number;
    heapAfterAllMB: number;
    growthMB: number;
    gcExposed: boolean;
  };
}

function timing(s: Stats): Timing {
  return { medianMs: round(s.median, 3), p99Ms: round(s.p99, 3), maxMs: round(s.max, 3) };
}

function time(fn: () => void): number {
  const t0 = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

/** Best of `n`: the least disturbed run, the usual choice for short functions; stops early past `budgetMs`. */
function best(n: number, fn: () => void, budgetMs = Number.POSITIVE_INFINITY): number {
  let m = Number.POSITIVE_INFINITY;
  let spent = 0;
  for (let i = 0; i < n && spent < budgetMs; i++) {
    const t = time(fn);
    spent += t;
    m = Math.min(m, t);
  }
  return round(m, 3);
}

export function measureInProcess(
  texts: readonly string[],
  log: (s: string) => void,
  lib: Library,
): InProcessResult {
  const { analyze, rewrite } = lib;
  const analyzeAndRewrite = (text: string) => {
    analyze(text);
    rewrite(text);
  };
  const req = createRequire(path.join(PEERS_DIR, 'package.json'));
  let du: { validate: (t: string) => unknown } | null = null;
  try {
    du = req('dockerfile-utils');
  } catch {
    du = null;
  }

  // Warm up the JIT on the whole corpus first, as a long-lived worker or CLI would be.
  for (const t of texts) {
    analyze(t);
    rewrite(t);
    du?.validate(t);
  }
  log('in process: per file …');
  const a: number[] = [];
  const ar: number[] = [];
  const d: number[] = [];
  for (const t of texts) {
    a.push(best(3, () => analyze(t)));
    ar.push(best(3, () => analyzeAndRewrite(t)));
    if (du) d.push(best(3, () => du.validate(t)));
  }

  const typicalText = nearestLines(texts, 40);
  const largeText = synthetic(texts, 500);
  const hugeText = toSize(typicalText, 5 * 1024 * 1024);
  log('in process: 5 MB input …');
  // Once when a run takes seconds (it has taken minutes): repeating would only make the bench longer.
  const huge = {
    analyzeMs: best(2, () => analyze(hugeText), 5_000),
    analyzeRewriteMs: best(2, () => analyzeAndRewrite(hugeText), 5_000),
  };

  log('in process: memory over 10,000 analyses …');
  const gc = (globalThis as { gc?: () => void }).gc;
  const heap = () => {
    gc?.();
    return process.memoryUsage().heapUsed / 1024 / 1024;
  };
  const runs = 10_000;
  let after1k = 0;
  for (let i = 0; i < runs; i++) {
    analyze(texts[i % texts.length]!);
    if (i === 999) after1k = heap();
  }
  const afterAll = heap();

  return {
    how: lib.how,
    corpus: {
      files: texts.length,
      analyze: timing(stats(a)),
      analyzeRewrite: timing(stats(ar)),
      dockerfileUtilsValidate: du ? timing(stats(d)) : null,
    },
    typical: {
      lines: lineCount(typicalText),
      analyzeMs: best(20, () => analyze(typicalText)),
      analyzeRewriteMs: best(20, () => analyzeAndRewrite(typicalText)),
      dockerfileUtilsMs: du ? best(20, () => du.validate(typicalText)) : null,
    },
    large: {
      lines: lineCount(largeText),
      analyzeMs: best(5, () => analyze(largeText)),
      analyzeRewriteMs: best(5, () => analyzeAndRewrite(largeText)),
    },
    huge: { megabytes: round(hugeText.length / 1024 / 1024, 1), ...huge },
    memory: {
      runs,
      heapAfter1kMB: round(after1k, 1),
      heapAfterAllMB: round(afterAll, 1),
      growthMB: round(afterAll - after1k, 1),
      gcExposed: Boolean(gc),
    },
  };
}

function lineCount(t: string): number {
  return t.split('\n').length;
}

/** The corpus file whose length is closest to `n` lines (a real file, not a made-up one). */
function nearestLines(texts: readonly string[], n: number): string {
  return [...texts].sort((x, y) => Math.abs(lineCount(x) - n) - Math.abs(lineCount(y) - n))[0] ?? '';
}

/** A multi-stage file of about `n` lines made of real corpus files, each as its own named stage. */
function synthetic(texts: readonly string[], n: number): string {
  let out = '';
  let i = 0;
  const pool = texts.filter((t) => /^FROM /m.test(t) && !/^# escape=/m.test(t));
  while (lineCount(out) < n && pool.length > 0) {
    out += `${pool[i % pool.length]!.replace(/^FROM (\S+)(?: AS \S+)?/gim, `FROM $1 AS s${i}`)}\n`;
    i++;
  }
  return out;
}

/** The typical file repeated (its instructions after FROM) until it reaches `bytes`: a large paste. */
function toSize(text: string, bytes: number): string {
  const [first, ...rest] = text.split('\n');
  const body = rest.join('\n');
  let out = `${first}\n`;
  while (out.length < bytes) out += `${body}\n`;
  return out;
}
