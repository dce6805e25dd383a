/**
 * One conformance case: a Dockerfile of our own, written to a peer rule's documented semantics,
 * and whether that peer rule must fire on it or must stay quiet. `ours` is set only where we
 * deliberately differ from the peer; the reason is in `why` and in docs/conformance.md.
 */
import type { Peer } from '../../src/knowledge/peer-rules.js';
import type { AnalyzeOptions } from '../../src/types.js';

export type Expectation = 'fire' | 'quiet';

export interface ConformanceCase {
  peer: Peer;
  /** The peer's rule id (one of our rules lists it in `aka`). */
  rule: string;
  /** What the peer does on this text. */
  peerSays: Expectation;
  /** What we do, when it differs on purpose from the peer. */
  ours?: Expectation;
  /** Why we differ (required with `ours`). */
  why?: string;
  /** A few words naming the case. */
  name: string;
  text: string;
  options?: AnalyzeOptions;
  /** Also run with every RUN line wrapped in ONBUILD (the trigger must behave the same). */
  onbuild?: boolean;
}

type Extra = Partial<Pick<ConformanceCase, 'ours' | 'why' | 'options' | 'onbuild'>>;

/** Builders for one peer: `fire(rule, name, lines…)` and `quiet(rule, name, lines…)`. */
export function casesFor(peer: Peer) {
  const make =
    (peerSays: Expectation) =>
    (rule: string, name: string, lines: string | string[], extra: Extra = {}): ConformanceCase => ({
      peer,
      rule,
      peerSays,
      name,
      text: `${(Array.isArray(lines) ? lines : [lines]).join('\n')}\n`,
      ...extra,
    });
  return { fire: make('fire'), quiet: make('quiet') };
}

/** The text with each RUN line turned into an ONBUILD RUN trigger. */
export function underOnbuild(text: string): string {
  return text.replace(/^RUN\b/gm, 'ONBUILD RUN');
}
