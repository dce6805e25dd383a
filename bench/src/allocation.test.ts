import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { describeAllocation, measureAllocation } from './allocation.js';

// A fake analyzer bundle: each call allocates 1000 two-element arrays, each a JSArray (32 bytes)
// and its elements (16 + 2 × 8), on 64-bit V8 without pointer compression, as Node ships; each
// escapes (so the optimizing compiler keeps it) and is dropped by the next. 100 files a pass.
const dir = mkdtempSync(path.join(tmpdir(), 'alloc-test-'));
const bundle = path.join(dir, 'fake.mjs');
writeFileSync(
  bundle,
  'export let last;\nexport function analyze(text) {\n' +
    '  for (let i = 0; i < 1000; i++) last = [i, text.length];\n  return last;\n}\n',
);
const files = Array.from({ length: 100 }, (_, i) => {
  const f = path.join(dir, `Dockerfile.${i}`);
  writeFileSync(f, `FROM alpine:3.${i}\n`);
  return f;
});
const expected = (100 * 1000 * (32 + 16 + 2 * 8)) / 1024 / 1024;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('measureAllocation', () => {
  it('counts the bytes a pass allocates, the same on every pass and in every process', () => {
    const a = measureAllocation({ module: bundle, exportName: 'analyze', files, passes: 3, youngMB: 64 });
    const b = measureAllocation({ module: bundle, exportName: 'analyze', files, passes: 3, youngMB: 64 });
    expect(a.collected.passes).toBe(0);
    expect(a.passesMB).toHaveLength(3);
    expect(a.medianMB).not.toBeNull();
    expect(Math.abs(a.medianMB! - expected) / expected).toBeLessThan(0.01);
    // the same count in another process (1 %); any pass within 5 % (the loop's own compilation)
    expect(Math.abs(b.medianMB! - a.medianMB!) / a.medianMB!).toBeLessThan(0.01);
    for (const mb of [...a.passesMB, ...b.passesMB])
      expect(Math.abs(mb! - expected) / expected).toBeLessThan(0.05);
    expect(describeAllocation('fake', a)).toMatch(/^ {2}fake: 6\.1 MB \(passes 6\.1–6\.\d\)$/);
  });

  it('gives no number for a pass during which the collector ran, and says so', () => {
    // 6.1 MB a pass in a young generation of 1 MB: scavenges during every pass.
    const a = measureAllocation({ module: bundle, exportName: 'analyze', files, passes: 2, youngMB: 1 });
    expect(a.medianMB).toBeNull();
    expect(a.passesMB).toEqual([null, null]);
    expect(a.collected.passes).toBe(2);
    expect(a.collected.kinds).toContain('Scavenge');
    expect(describeAllocation('fake', a)).toMatch(
      /fake: not measured; 2 of 2 passes left out: the collector ran/,
    );
  });

  it('reads a CommonJS module by its file, as dockerfile-utils is loaded', () => {
    const cjs = path.join(dir, 'fake.cjs');
    writeFileSync(cjs, 'exports.validate = (text) => [text.split("")];\n');
    const a = measureAllocation({ module: cjs, exportName: 'validate', files, passes: 1, youngMB: 16 });
    expect(a.medianMB).toBeGreaterThan(0);
  });
});
