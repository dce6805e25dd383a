import { availableParallelism } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tree } from './fixtures.js';
import type { LintJob } from '../src/lint-file.js';
import { defaultThreads, runJobs } from '../src/pool.js';
import type { FileResult } from '../src/types.js';

describe('the worker pool', () => {
  it('uses no worker thread on two cores or fewer, unless DOP_THREADS asks for some', () => {
    const cores = availableParallelism();
    expect(defaultThreads({})).toBe(cores <= 2 ? 1 : Math.min(cores, 8));
    expect(defaultThreads({ DOP_THREADS: 'many' })).toBe(defaultThreads({}));
    expect(defaultThreads({ DOP_THREADS: '0' })).toBe(defaultThreads({}));
    expect(defaultThreads({ DOP_THREADS: '1' })).toBe(1);
    expect(defaultThreads({ DOP_THREADS: '3' })).toBe(3);
    expect(defaultThreads({ DOP_THREADS: '64' })).toBe(8);
  });

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

  it('in a small run, puts a large file on a timed worker too (small ones stay in process)', async () => {
    const big = `FROM alpine:3.20\n${'RUN echo a line of a large file\n'.repeat(50)}`;
    const jobs: LintJob[] = [
      { file: null, text: 'FROM alpine:3.20\n', display: 'small', options: {} },
      { file: null, text: big, display: 'large', options: {} },
    ];
    const results: FileResult[] = [];
    // large from 1 KB, and a limit no worker can meet: only the large file is stopped
    await runJobs(
      jobs,
      (r) => results.push(r),
      2,
      () => false,
      1,
      1024,
    );
    expect(results.map((r) => [r.path, r.error?.startsWith('stopped after') ?? false])).toEqual([
      ['small', false],
      ['large', true],
    ]);
  });

  it('reads each file on disk once, and its size from that read sends a large one to the timed worker', async () => {
    const dir = tree({
      small: 'FROM alpine:3.20\nRUN apk add curl\n',
      large: `FROM alpine:3.20\n${'RUN echo a line of a large file\n'.repeat(50)}`,
      binary: Buffer.from([0x46, 0x52, 0x00, 0x4d]),
    });
    const jobs: LintJob[] = ['small', 'large', 'binary', 'missing'].map((name) => ({
      file: path.join(dir, name),
      display: name,
      options: {},
    }));
    const results: FileResult[] = [];
    // large from 1 KB, and a limit no worker can meet: only the large file is stopped
    await runJobs(
      jobs,
      (r) => results.push(r),
      1,
      () => false,
      1,
      1024,
    );
    expect(results.map((r) => [r.path, r.error ?? null])).toEqual([
      ['small', null],
      ['large', expect.stringMatching(/^stopped after/)],
      ['binary', 'binary file, not a Dockerfile'],
      ['missing', 'cannot read: no such file'],
    ]);
    // the small file was linted in process from the text read
    expect(results[0]!.text).toBe('FROM alpine:3.20\nRUN apk add curl\n');
    expect(results[0]!.findings.map((f) => f.ruleId)).toContain('DOP058');
  });
});
