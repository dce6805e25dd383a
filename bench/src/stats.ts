/** Order statistics over samples (milliseconds or bytes). */
export interface Stats {
  n: number;
  median: number;
  p95: number;
  p99: number;
  min: number;
  max: number;
}

export function stats(samples: readonly number[]): Stats {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))] ?? 0;
  return {
    n: s.length,
    median: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
    min: s[0] ?? 0,
    max: s[s.length - 1] ?? 0,
  };
}

export function round(n: number, digits = 3): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}
