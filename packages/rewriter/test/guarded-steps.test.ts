import { analyze } from '@dop/analyzer';
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../src/pipeline.js';
import { rewrite } from '../src/rewrite.js';
import { defineTransform, type Transform } from '../src/transform.js';
import { TRANSFORMS } from '../src/transforms/index.js';

const text = 'FROM debian:12-slim\nRUN apt-get update && apt-get install curl\nCMD curl --version\n';
const options = { runtimeUid: 10001, multiStage: false, cacheMounts: false };
const run = (steps: readonly Transform[]) => runPipeline(text, analyze(text), steps, options, new Set());

/** Proposes a change (which must not be applied) and then throws. */
const boom = defineTransform({
  id: 'boom',
  run(ctx) {
    ctx.propose({
      title: { en: 'half done', ko: '반쯤' },
      explanation: { en: '', ko: '' },
      practices: [],
      resolves: [],
      risk: 'safe',
      edits: [{ start: 0, end: 4, text: 'from' }],
    });
    throw new Error('step bug');
  },
});

describe('every step is guarded', () => {
  it('skips a step that throws, says so in a note, and keeps every other step', () => {
    const clean = run(TRANSFORMS);
    for (const at of [0, 5, TRANSFORMS.length]) {
      const steps = [...TRANSFORMS.slice(0, at), boom, ...TRANSFORMS.slice(at)];
      const r = run(steps);
      expect(r.output).toBe(clean.output);
      expect(r.changes.map((c) => c.id)).toEqual(clean.changes.map((c) => c.id));
      expect(r.changes.some((c) => c.transform === 'boom')).toBe(false);
      const note = r.notes.find((n) => n.id === 'boom:internal-error');
      expect(note?.message.en).toContain('step bug');
    }
    expect(clean.changes.length).toBeGreaterThan(2);
  });

  it('rewrite() never throws, whatever it is given', () => {
    for (const input of [undefined, null, 42, '\u0000FROM', 'FROM a\nRUN <<EOF\n']) {
      expect(() => rewrite(input as unknown as string)).not.toThrow();
    }
  });
});
