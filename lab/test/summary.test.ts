import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_SUMMARY_FILE, type EntryRecord, RESULTS_DIR } from '../src/report.js';
import { labSummary } from '../src/summary.js';

const results = JSON.parse(readFileSync(path.join(RESULTS_DIR, 'build-lab.json'), 'utf8')) as EntryRecord[];

describe('the figures the playground cites', () => {
  it('are the lab results on disk (pnpm lab writes both)', () => {
    expect(JSON.parse(readFileSync(APP_SUMMARY_FILE, 'utf8'))).toEqual(labSummary(results));
  });

  it('count what was measured', () => {
    const s = labSummary(results);
    expect(s.samples).toBe(results.filter((e) => e.notBuildable.length === 0).length);
    expect(s.rewritesBuilt).toBeLessThanOrEqual(s.samples);
    // the examples are the largest shrinks, largest first
    const ratios = s.examples.map((e) => e.afterMB / e.beforeMB);
    expect([...ratios].sort((a, b) => a - b)).toEqual(ratios);
  });
});
