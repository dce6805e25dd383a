import { existsSync, readFileSync } from 'node:fs';
import { rewrite } from '@dop/rewriter';
import { describe, expect, it } from 'vitest';
import { goldenDigest } from '../../packages/rewriter/test/golden-digest.js';
import { EXAMPLES } from '../../app/src/workshop/examples.js';

/** What the build lab measured for each gallery example (`pnpm lab --goldens`, as `gallery-<id>`). */
interface LabRecord {
  golden: string;
  outputDigest?: string;
  verdict: string;
  notBuildable: { image: string }[];
  rewrite: { built: boolean; error?: string };
}
const labFile = new URL('../../bench/results/build-lab-goldens.json', import.meta.url);
const lab = new Map(
  (existsSync(labFile) ? (JSON.parse(readFileSync(labFile, 'utf8')) as LabRecord[]) : []).map((g) => [
    g.golden,
    g,
  ]),
);

/** The lab's record of this example's rewrite as the rewriter writes it today, and a label saying so. */
function labOf(id: string): { record: LabRecord | null; label: string } {
  const g = lab.get(`gallery-${id}`);
  if (!g) return { record: null, label: 'not yet built in the lab' };
  const ex = EXAMPLES.find((e) => e.id === id)!;
  const r = rewrite(ex.text);
  if (g.outputDigest !== goldenDigest(r.output, r.dockerignore))
    return { record: null, label: 'the lab built an older rewrite (run pnpm lab --goldens)' };
  if (g.verdict === 'not buildable here')
    return { record: g, label: `not buildable here (${g.notBuildable.map((n) => n.image).join(', ')})` };
  return { record: g, label: g.rewrite.built ? 'builds in the lab' : `lab: ${g.verdict}` };
}

// The playground's gallery examples are built by the lab beside the goldens (lab/src/goldens.ts):
// a rewrite it shows broken (the example builds, its rewrite does not) fails here until fixed.
describe('gallery examples in the build lab', () => {
  for (const ex of EXAMPLES) {
    const measured = labOf(ex.id);
    it(`${ex.id}: the build lab does not show its rewrite broken · ${measured.label}`, () => {
      expect(
        measured.record?.verdict === 'rewrite broken' ? measured.record.rewrite.error : null,
        'the build lab shows this rewrite broken',
      ).toBeNull();
    });
  }
});
