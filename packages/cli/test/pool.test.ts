import { describe, expect, it } from 'vitest';
import type { LintJob } from '../src/lint-file.js';
import { runJobs } from '../src/pool.js';
import type { FileResult } from '../src/types.js';

describe('the worker pool', () => {
  it('gives up on a file that takes longer than the time limit, with a clear message, and goes on', async () => {
    const jobs: LintJob[] = Array.from({ length: 64 }, (_, i) => ({
      file: null,
      text: 'FROM alpine:3.20\nRUN echo\n',
      display: `f${i}`,
      options: {},
    }));
    const results: FileResult[] = [];
    // 1 ms: no worker can even start in time, so every file hits the limit.
    await runJobs(
      jobs,
      (r) => results.push(r),
      2,
      () => false,
      1,
    );
    expect(results.map((r) => r.path)).toEqual(jobs.map((j) => j.display));
    for (const r of results) expect(r.error).toMatch(/^stopped after 0\.001 s: this file takes far longer/);
  });
});
