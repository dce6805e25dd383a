import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { APP_SUMMARY_FILE, type EntryRecord, RESULTS_DIR, SEEDS_FILE } from '../src/report.js';
import type { SeedRecord } from '../src/seeds.js';
import { labSummary } from '../src/summary.js';

const results = JSON.parse(readFileSync(path.join(RESULTS_DIR, 'build-lab.json'), 'utf8')) as EntryRecord[];
const seeds = existsSync(SEEDS_FILE) ? (JSON.parse(readFileSync(SEEDS_FILE, 'utf8')) as SeedRecord[]) : [];

describe('the figures the playground cites', () => {
  it('are the lab results on disk (pnpm lab writes both)', () => {
    expect(JSON.parse(readFileSync(APP_SUMMARY_FILE, 'utf8'))).toEqual(labSummary(results, seeds));
  });

  it('count what was measured', () => {
    const s = labSummary(results);
    expect(s.samples).toBe(results.filter((e) => e.notBuildable.length === 0).length);
    expect(s.rewritesBuilt).toBeLessThanOrEqual(s.samples);
    // the examples are the largest shrinks, largest first
    const ratios = s.examples.map((e) => e.afterMB / e.beforeMB);
    expect([...ratios].sort((a, b) => a - b)).toEqual(ratios);
  });

  it('cite a measured size for every seed version the lab built, and only those', () => {
    const s = labSummary(results, seeds);
    expect(s.seeds.map((x) => `${x.seed}/${x.step}`)).toEqual(
      seeds.filter((r) => r.built).map((r) => `${r.seed}/${r.step}`),
    );
    for (const x of s.seeds) expect(x.sizeMB).toBeGreaterThan(0);
  });
});
