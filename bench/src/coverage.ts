/** Per practice (P01…P36): our rules beside each peer's, from the peers' own rule lists (PEERS.md). */
import { PEER_RULES, rules } from '@dop/analyzer';

export interface PracticeCoverage {
  practice: string;
  ours: string[];
  hadolint: string[];
  buildkit: string[];
  trivy: string[];
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
    });
  }
  return out;
}
