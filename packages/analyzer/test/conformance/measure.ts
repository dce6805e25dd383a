/**
 * Runs the conformance cases and counts, per peer, the share of must-fire cases we catch and of
 * must-stay-quiet cases we flag. Used by the Vitest suite and by scripts/gen-rule-docs.ts, which
 * writes the table in docs/conformance.md.
 */
import { analyze } from '../../src/analyze.js';
import type { Peer } from '../../src/knowledge/peer-rules.js';
import { BUILDKIT_CASES } from './buildkit.js';
import { type ConformanceCase, underOnbuild } from './case.js';
import { HADOLINT_CASES } from './hadolint.js';
import { TRIVY_CASES } from './trivy.js';

export const CASES: readonly ConformanceCase[] = [...HADOLINT_CASES, ...TRIVY_CASES, ...BUILDKIT_CASES];

export interface Run {
  case: ConformanceCase;
  /** The text that ran (the ONBUILD variant for `onbuild` cases' second run). */
  text: string;
  variant: 'plain' | 'onbuild';
  fired: boolean;
}

/** Whether one of our rules that lists the peer rule in `aka` reports on the text. */
export function fires(c: ConformanceCase, text: string): boolean {
  return analyze(text, c.options ?? {}).findings.some((f) => (f.aka[c.peer] ?? []).includes(c.rule));
}

export function runAll(cases: readonly ConformanceCase[] = CASES): Run[] {
  const runs: Run[] = [];
  for (const c of cases) {
    runs.push({ case: c, text: c.text, variant: 'plain', fired: fires(c, c.text) });
    if (c.onbuild) {
      const t = underOnbuild(c.text);
      runs.push({ case: c, text: t, variant: 'onbuild', fired: fires(c, t) });
    }
  }
  return runs;
}

export interface Score {
  peer: Peer;
  mustFire: number;
  caught: number;
  mustStayQuiet: number;
  flagged: number;
}

/** Counts against the peer's semantics: a deliberate difference counts as a miss or a false positive. */
export function score(runs: readonly Run[], peer: Peer): Score {
  const mine = runs.filter((r) => r.case.peer === peer);
  const fire = mine.filter((r) => r.case.peerSays === 'fire');
  const quiet = mine.filter((r) => r.case.peerSays === 'quiet');
  return {
    peer,
    mustFire: fire.length,
    caught: fire.filter((r) => r.fired).length,
    mustStayQuiet: quiet.length,
    flagged: quiet.filter((r) => r.fired).length,
  };
}

export const percent = (n: number, d: number) => (d === 0 ? '—' : `${((100 * n) / d).toFixed(1)} %`);
