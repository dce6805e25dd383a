/**
 * Part 4: where one of a peer's rules corresponds to ours, on which files both fire, only we do,
 * only the peer does. Peer findings come from the command-line runs; dockerfile-utils is read
 * through its API, which gives rule codes rather than messages.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { RULES, RuleLookup } from '@dop/analyzer';
import type { Peer, PeerFinding } from './peers.js';
import { PEERS_DIR } from './setup.js';

export interface PairAgreement {
  peer: string;
  peerRule: string;
  ours: string[];
  both: number;
  onlyUs: number;
  onlyPeer: number;
  /** A few files of each kind of disagreement, for the write-up. */
  examplesOnlyUs: string[];
  examplesOnlyPeer: string[];
}

export interface Unmapped {
  peer: string;
  peerRule: string;
  files: number;
  why: string;
}

const lookup = new RuleLookup(RULES);

export function agreement(
  peer: Peer,
  peerFindings: Map<string, PeerFinding[]>,
  ourFindings: Map<string, PeerFinding[]>,
): { pairs: PairAgreement[]; unmapped: Unmapped[] } {
  const pairs: PairAgreement[] = [];
  const unmapped: Unmapped[] = [];
  const peerCodes = new Set<string>();
  for (const list of peerFindings.values()) for (const f of list) peerCodes.add(f.code);

  for (const [code, refs] of Object.entries(peer.map)) {
    const ours = [...new Set(refs.flatMap((r) => lookup.resolve(r).map((x) => x.meta.id)))];
    if (ours.length === 0) {
      unmapped.push({
        peer: peer.id,
        peerRule: code,
        files: filesWith(peerFindings, code),
        why: `no rule of ours for ${refs.join(', ')}`,
      });
      continue;
    }
    const pair: PairAgreement = {
      peer: peer.id,
      peerRule: code,
      ours,
      both: 0,
      onlyUs: 0,
      onlyPeer: 0,
      examplesOnlyUs: [],
      examplesOnlyPeer: [],
    };
    for (const [file, list] of peerFindings) {
      const theirs = list.some((f) => f.code === code);
      const mine = (ourFindings.get(file) ?? []).some((f) => ours.includes(f.code));
      if (theirs && mine) pair.both++;
      else if (mine) {
        pair.onlyUs++;
        if (pair.examplesOnlyUs.length < 5) pair.examplesOnlyUs.push(file);
      } else if (theirs) {
        pair.onlyPeer++;
        if (pair.examplesOnlyPeer.length < 5) pair.examplesOnlyPeer.push(file);
      }
    }
    pairs.push(pair);
  }
  for (const code of peerCodes) {
    if (!(code in peer.map))
      unmapped.push({
        peer: peer.id,
        peerRule: code,
        files: filesWith(peerFindings, code),
        why: 'no one-to-one rule of ours (see the write-up)',
      });
  }
  return { pairs, unmapped };
}

function filesWith(findings: Map<string, PeerFinding[]>, code: string): number {
  let n = 0;
  for (const list of findings.values()) if (list.some((f) => f.code === code)) n++;
  return n;
}

/** dockerfile-utils through its API: ValidationCode names per file. */
export function dockerfileUtilsFindings(
  files: readonly { file: string; text: string }[],
): Map<string, PeerFinding[]> | null {
  const req = createRequire(path.join(PEERS_DIR, 'package.json'));
  let du: {
    validate: (t: string) => { code?: number; range: { start: { line: number } } }[];
    ValidationCode: Record<number, string>;
  };
  try {
    du = req('dockerfile-utils');
  } catch {
    return null;
  }
  const out = new Map<string, PeerFinding[]>();
  for (const { file, text } of files) {
    try {
      out.set(
        file,
        du.validate(text).map((d) => ({
          line: d.range.start.line + 1,
          code: du.ValidationCode[d.code ?? -1] ?? String(d.code),
        })),
      );
    } catch {
      out.set(file, [{ line: 0, code: 'CRASH' }]);
    }
  }
  return out;
}
