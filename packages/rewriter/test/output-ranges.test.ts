/**
 * The ranges the diff view draws: every change's outputRanges point at the text it put in the
 * output (two insertions at one offset each keep their own), and every range's lines and columns
 * are those of its span.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { LineIndex, analyze } from '@dop/analyzer';
import { describe, expect, it } from 'vitest';
import { rewrite } from '../src/index.js';
import { runPipeline } from '../src/pipeline.js';
import type { Proposal, Transform } from '../src/transform.js';
import type { Change } from '../src/types.js';

const shown = (output: string, c: Change) =>
  c.outputRanges.map((r) => output.slice(r.span.start, r.span.end));

/** A transform that proposes one insertion per word, each as a change of its own, at `at`. */
function inserting(id: string, at: (text: string) => number, words: string[]): Transform {
  return {
    id,
    run(ctx) {
      // Only once: after its first pass the words are there.
      if (words.every((w) => ctx.text.includes(w))) return;
      for (const w of words) {
        const offset = at(ctx.text);
        const p: Proposal = {
          title: { en: w, ko: w },
          explanation: { en: w, ko: w },
          practices: [],
          resolves: [],
          risk: 'safe',
          edits: [{ start: offset, end: offset, text: w }],
        };
        ctx.propose(p);
      }
    },
  };
}

const afterInstall = (text: string) => text.indexOf('install') + 'install'.length;

function pipeline(input: string, transforms: Transform[]) {
  return runPipeline(
    input,
    analyze(input),
    transforms,
    { runtimeUid: 10001, multiStage: true, cacheMounts: false },
    new Set(),
  );
}

describe('output ranges', () => {
  const input = 'FROM debian:12\nRUN apt-get install curl\n';

  it('two insertions at one offset in one pass each point at their own text', () => {
    const r = pipeline(input, [inserting('two', afterInstall, [' -y', ' --no-install-recommends'])]);
    expect(r.output).toBe('FROM debian:12\nRUN apt-get install -y --no-install-recommends curl\n');
    expect(r.changes.map((c) => shown(r.output, c))).toEqual([[' -y'], [' --no-install-recommends']]);
  });

  it('a later insertion at the edge of an earlier change stays out of its range', () => {
    const r = pipeline(input, [
      inserting('first', afterInstall, [' -y']),
      inserting('second', afterInstall, [' -q']),
      inserting('third', (t) => t.indexOf(' -y') + 3, [' --no-install-recommends']),
    ]);
    expect(r.output).toBe('FROM debian:12\nRUN apt-get install -q -y --no-install-recommends curl\n');
    expect(r.changes.map((c) => [c.transform, ...shown(r.output, c)])).toEqual([
      ['first', ' -y'],
      ['second', ' -q'],
      ['third', ' --no-install-recommends'],
    ]);
    // …and the source ranges all point at the one offset they were made at.
    const at = afterInstall(input);
    for (const c of r.changes) expect(c.sourceRanges.map((s) => s.span)).toEqual([{ start: at, end: at }]);
  });

  it('the rewriter’s own flags added at one offset each show their own text', () => {
    const text =
      'FROM debian:12\nRUN apt-get update && apt-get install curl && rm -rf /var/lib/apt/lists/*\n';
    const r = rewrite(text);
    const byRule = (id: string) => r.changes.find((c) => c.resolves.includes(id))!;
    expect(shown(r.output, byRule('DOP050'))).toEqual([' -y']);
    expect(shown(r.output, byRule('DOP051'))[0]).toBe(' --no-install-recommends');
  });

  const root = join(import.meta.dirname, 'golden');
  const cases = readdirSync(root).filter((d) => existsSync(join(root, d, 'input.Dockerfile')));
  it('every golden change has ranges inside its text whose lines and columns match their spans', () => {
    let ranges = 0;
    for (const name of cases) {
      const text = readFileSync(join(root, name, 'input.Dockerfile'), 'utf8');
      const r = rewrite(text);
      const lines = { source: new LineIndex(text), output: new LineIndex(r.output) };
      for (const c of r.changes) {
        for (const [side, list, of] of [
          ['source', c.sourceRanges, text],
          ['output', c.outputRanges, r.output],
        ] as const) {
          for (const x of list) {
            const where = `${name} ${c.id} ${side}`;
            expect(x.span.start, where).toBeGreaterThanOrEqual(0);
            expect(x.span.start, where).toBeLessThanOrEqual(x.span.end);
            expect(x.span.end, where).toBeLessThanOrEqual(of.length);
            expect(x.range, where).toEqual(lines[side].range(x.span));
            ranges++;
          }
        }
        // A change that put text in the output shows some of it.
        if (c.outputRanges.some((o) => o.span.end > o.span.start))
          expect(shown(r.output, c).join('').trim().length, `${name} ${c.id}`).toBeGreaterThan(0);
      }
    }
    expect(ranges).toBeGreaterThan(100);
  });
});
