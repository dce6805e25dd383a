/** Per practice (P01…P36): our rules beside each peer's, from the peers' own rule lists (PEERS.md). */
import { PEER_RULES, RULES, RuleLookup, rules } from '@dop/analyzer';
import { PEERS } from './peers.js';

export interface PracticeCoverage {
  practice: string;
  ours: string[];
  hadolint: string[];
  buildkit: string[];
  trivy: string[];
  /** Runnable peers (by id): their rules that correspond to one of ours in this practice. */
  runnable: Record<string, string[]>;
}

const lookup = new RuleLookup(RULES);

/** A runnable peer's rule belongs to the practices of the rules of ours it corresponds to. */
function runnablePeerRules(p: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const peer of PEERS)
    out[peer.id] = Object.entries(peer.map)
      .filter(([, refs]) =>
        refs.some((r) => lookup.resolve(r).some((x) => x.meta.practices.includes(p as `P${number}`))),
      )
      .map(([code]) => code);
  return out;
}

export function practiceCoverage(): PracticeCoverage[] {
  const out: PracticeCoverage[] = [];
  for (let i = 1; i <= 36; i++) {
    const p = `P${String(i).padStart(2, '0')}` as `P${number}`;
    const peer = (name: string) =>
      PEER_RULES.filter((r) => r.peer === name && r.practices.includes(p)).map((r) => r.id);
    out.push({
      practice: p,
      ours: rules.filter((r) => r.practices.includes(p)).map((r) => r.id),
      hadolint: peer('hadolint'),
      buildkit: peer('buildkit'),
      trivy: peer('trivy'),
      runnable: runnablePeerRules(p),
    });
  }
  return out;
}
