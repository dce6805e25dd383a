import type { Severity } from '@dop/analyzer';
import type { FileResult } from './types.js';

export interface Summary {
  files: number;
  total: number;
  bySeverity: Record<Severity, number>;
  unreadable: number;
  fixable: number;
  fixed: number;
}

export function summarize(results: readonly FileResult[]): Summary {
  const s = emptySummary();
  for (const r of results) countFile(s, r);
  return s;
}

export function emptySummary(): Summary {
  return {
    files: 0,
    total: 0,
    bySeverity: { error: 0, warning: 0, info: 0, style: 0 },
    unreadable: 0,
    fixable: 0,
    fixed: 0,
  };
}

/** Adds one file's result to a summary (a run counts its files as they come, keeping none). */
export function countFile(s: Summary, r: FileResult): void {
  s.files++;
  if (r.error) s.unreadable++;
  s.fixed += r.fix?.written ? r.fix.applied.length : 0;
  for (const f of r.findings) {
    s.total++;
    s.bySeverity[f.severity]++;
    if (f.fix?.safety === 'safe') s.fixable++;
  }
}
