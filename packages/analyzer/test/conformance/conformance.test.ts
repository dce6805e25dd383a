/**
 * Conformance with hadolint, Trivy and Docker's build checks: each case is a Dockerfile of our
 * own written to the peer rule's semantics; we must do what the peer does, except where a case
 * records a deliberate difference (`ours`, with the reason in `why`). ONBUILD variants run too.
 */
import { describe, expect, it } from 'vitest';
import { PEER_RULES } from '../../src/knowledge/peer-rules.js';
import { RULES } from '../../src/rules/index.js';
import { underOnbuild } from './case.js';
import { CASES, fires, runAll, score } from './measure.js';
import { BEFORE } from './report.js';

describe('conformance cases', () => {
  for (const c of CASES) {
    const want = c.ours ?? c.peerSays;
    const title = `${c.peer} ${c.rule} ${c.peerSays === 'fire' ? 'fires' : 'stays quiet'}: ${c.name}`;
    it(title, () => {
      expect(fires(c, c.text), c.text).toBe(want === 'fire');
    });
    if (c.onbuild)
      it(`${title} (ONBUILD)`, () => {
        const t = underOnbuild(c.text);
        expect(t).not.toBe(c.text);
        expect(fires(c, t), t).toBe(want === 'fire');
      });
  }
});

describe('the conformance table itself', () => {
  const claimed = new Set(
    RULES.flatMap((r) => [
      ...(r.meta.aka.hadolint ?? []),
      ...(r.meta.aka.trivy ?? []),
      ...(r.meta.aka.buildkit ?? []),
    ]),
  );

  it('every peer rule we claim has a case that must fire and one that must stay quiet', () => {
    const missing = PEER_RULES.filter((p) => claimed.has(p.id)).flatMap((p) => {
      const mine = CASES.filter((c) => c.peer === p.peer && c.rule === p.id);
      const gaps: string[] = [];
      if (!mine.some((c) => c.peerSays === 'fire')) gaps.push(`${p.id}: no must-fire case`);
      if (!mine.some((c) => c.peerSays === 'quiet')) gaps.push(`${p.id}: no must-stay-quiet case`);
      return gaps;
    });
    expect(missing).toEqual([]);
  });

  it('cases name only rules we claim, and every difference says why', () => {
    expect(CASES.filter((c) => !claimed.has(c.rule)).map((c) => c.rule)).toEqual([]);
    expect(
      CASES.filter((c) => c.ours !== undefined && (!c.why || c.ours === c.peerSays)).map((c) => c.name),
    ).toEqual([]);
  });
});

describe('the baseline in docs/conformance.md', () => {
  it('was measured on the same number of cases as there are now', () => {
    const runs = runAll();
    for (const peer of ['hadolint', 'trivy', 'buildkit'] as const) {
      const now = score(runs, peer);
      expect([BEFORE[peer].mustFire, BEFORE[peer].mustStayQuiet], peer).toEqual([
        now.mustFire,
        now.mustStayQuiet,
      ]);
    }
  });
});
