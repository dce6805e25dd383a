/**
 * Smoke run of the build lab: a few samples built as written and as rewritten on the stand-in base
 * images; both must build and answer their probe the same way, and the rewrite's source-edit
 * rebuild must not re-run the dependency install. Needs root and Debian's docker.io (the test
 * command installs it as root): without an engine it fails, saying what is missing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Engine, engineUnavailableReason, startEngine } from '../src/engine.js';
import { type LabEntry, runVariant } from '../src/lab.js';
import { loadSamples } from '../src/samples.js';
import { ensureStandIns, PROBE_IMAGE } from '../src/standins.js';

const SMOKE = ['express-npm', 'seed-deps-after-source'];
const unavailable = engineUnavailableReason();
const log = (s: string) => process.stderr.write(`[lab smoke] ${s}\n`);

describe('build lab smoke', () => {
  let engine: Engine | null = null;

  beforeAll(async () => {
    if (unavailable) throw new Error(`the build lab cannot run here: ${unavailable}`);
    engine = await startEngine(log);
    await ensureStandIns(engine, [PROBE_IMAGE], log);
  }, 15 * 60_000);

  afterAll(async () => {
    await engine?.stop();
  }, 60_000);

  const samples = loadSamples().filter((s) => SMOKE.includes(s.name));
  it('has the smoke samples', () => {
    expect(samples.map((s) => s.name).sort()).toEqual([...SMOKE].sort());
  });

  for (const name of SMOKE) {
    it(
      `${name}: original and rewrite build and answer alike; a source edit re-runs no install in the rewrite`,
      async () => {
        const sample = samples.find((s) => s.name === name)!;
        const entry: LabEntry = await runVariant(engine!, sample, 'Dockerfile', log);
        expect(entry.notBuildable).toEqual([]);
        for (const side of [entry.original, entry.rewrite]) {
          expect(side.buildError).toBeUndefined();
          expect(side.built).toBe(true);
          expect(side.probePassed).toBe(true);
        }
        expect(entry.rewrite.answer).toBe(entry.original.answer);
        // The naive file copies the source before installing: the edit re-runs the install there…
        expect(entry.original.sourceEdit.reranInstall).toBe(true);
        // …and not in the rewrite, where only the manifest copy comes before it.
        expect(entry.rewrite.sourceEdit.steps).toBeGreaterThan(0);
        expect(entry.rewrite.sourceEdit.reranInstall).toBe(false);
        expect(entry.rewrite.manifestEdit.reranInstall).toBe(true);
      },
      10 * 60_000,
    );
  }
});
