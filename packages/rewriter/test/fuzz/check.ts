/** One fuzz case: what must hold for any text, and what went wrong when it did not. */
import { analyze, fixAll } from '@dop/analyzer';
import { everyRuleOptions, ruleCrashes } from '@dop/analyzer/testing';
import { checkRewrite } from '../invariants.js';

/** The invariants a mutant must keep (the others are about optimisation quality, not safety). */
export const FUZZ_INVARIANTS = new Set([
  'no rule crashes',
  'no step crashes',
  'output parses',
  'unparseable input untouched',
  'fixpoint',
  'instructions accounted for',
  'comments survive',
  'runtime unchanged',
]);

export interface FuzzFailure {
  kind: string;
  detail: string;
}

/** Runs analyze, fixAll and rewrite on a text; every thrown error and kept-invariant violation. */
export function fuzzCheck(text: string): FuzzFailure[] {
  const failures: FuzzFailure[] = [];
  const guard = (kind: string, f: () => void) => {
    try {
      f();
    } catch (e) {
      failures.push({ kind, detail: (e as Error)?.stack?.split('\n').slice(0, 3).join(' ') ?? String(e) });
    }
  };
  guard('analyze threw', () => {
    // A rule that throws becomes an internal finding: a crash all the same.
    for (const crash of ruleCrashes(analyze(text, everyRuleOptions()))) {
      failures.push({ kind: 'no rule crashes', detail: crash });
    }
  });
  guard('fixAll threw', () => {
    const fixed = fixAll(text, { safety: 'safe' });
    const after = analyze(fixed.output);
    for (const crash of ruleCrashes(after))
      failures.push({ kind: 'no rule crashes', detail: `after fixAll: ${crash}` });
    const broke = after.findings.some((f) => f.ruleId === 'DOP001');
    const was = analyze(text).findings.some((f) => f.ruleId === 'DOP001');
    if (broke && !was) failures.push({ kind: 'fix breaks parsing', detail: '' });
  });
  guard('rewrite threw', () => {
    for (const v of checkRewrite(text).violations) {
      if (FUZZ_INVARIANTS.has(v.invariant)) failures.push({ kind: v.invariant, detail: v.detail });
    }
  });
  return failures;
}
