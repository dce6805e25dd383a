import { analyze } from './analyze.js';
import { applyEditGroups, type DeferReason } from './text/edits.js';
import { inStyleOf } from './text/line-breaks.js';
import type { AnalyzeOptions, Finding, FixSafety, TextEdit } from './types.js';

export interface FixAllOptions extends AnalyzeOptions {
  /** `safe` (default) applies only fixes that never change what the image does; `review` applies both kinds. */
  safety?: FixSafety;
  /** Upper bound on analyse-and-fix rounds (fixes can uncover or enable others). Default 10. */
  maxRounds?: number;
}

export interface FixAllResult {
  output: string;
  /** The findings whose fixes were applied, in the order of the rounds. */
  applied: Finding[];
  /** The findings left in the output. */
  remaining: Finding[];
  /**
   * Fixes of the chosen safety left unapplied in the output, with why: the edit policy's reason
   * (text/edits.ts) when it defers them on the output, or `stopped` when they fit but fixing
   * stopped first (`maxRounds` ran out, or a round would have broken parsing).
   */
  deferred: { finding: Finding; reason: DeferReason | 'stopped' }[];
  /** Set when a round's fixes would have broken parsing: that round was dropped and fixing stopped. */
  stoppedBecause?: 'parse-error';
}

const SYNTAX_RULE = 'DOP001';

/**
 * Applies every fix of the chosen safety, round after round until nothing changes (a fixed
 * point): each round applies the fixes by the one edit policy (`applyEditGroups`), in finding
 * order, and a fix deferred there is tried again on the next round's text. A round whose result
 * would no longer parse is thrown away: a fixer must never break a file. Pure.
 */
export function fixAll(text: string, options: FixAllOptions = {}): FixAllResult {
  const { safety = 'safe', maxRounds = 10, ...analyzeOptions } = options;
  const applied: Finding[] = [];
  let output = text;
  let analysis = analyze(output, analyzeOptions);
  const hadSyntaxError = analysis.findings.some((f) => f.ruleId === SYNTAX_RULE);
  // A file that does not parse is not touched: its fixes rest on a guess of what was meant.
  if (hadSyntaxError) return { output, applied, remaining: analysis.findings, deferred: [] };

  let stoppedBecause: 'parse-error' | undefined;
  let converged = false;
  for (let round = 0; round < maxRounds; round++) {
    const pass = applyEditGroups(output, fixable(analysis.findings, safety));
    if (pass.applied.length === 0 || pass.text === output) {
      converged = true;
      break;
    }
    const nextAnalysis = analyze(pass.text, analyzeOptions);
    if (nextAnalysis.findings.some((f) => f.ruleId === SYNTAX_RULE)) {
      stoppedBecause = 'parse-error';
      break;
    }
    applied.push(...pass.applied.map((g) => g.finding));
    output = pass.text;
    analysis = nextAnalysis;
  }
  // Fixes write LF; a file that ends its lines with CR or CRLF throughout keeps doing so.
  const styled = inStyleOf(text, output);
  if (styled !== output) analysis = analyze(styled, analyzeOptions);
  // What is left unapplied, with why: the same policy asked once more about the final text.
  const last = applyEditGroups(styled, fixable(analysis.findings, safety));
  const why = new Map(last.deferred.map((d) => [d.group.finding, d.reason]));
  const deferred: FixAllResult['deferred'] = fixable(analysis.findings, safety).flatMap(({ finding }) => {
    const reason = why.get(finding) ?? (converged ? null : ('stopped' as const));
    return reason ? [{ finding, reason }] : [];
  });
  return {
    output: styled,
    applied,
    remaining: analysis.findings,
    deferred,
    ...(stoppedBecause ? { stoppedBecause } : {}),
  };
}

/** The fixes of the allowed safety, in finding order, as edit groups. */
function fixable(findings: readonly Finding[], safety: FixSafety): { finding: Finding; edits: TextEdit[] }[] {
  return findings.flatMap((finding) =>
    finding.fix && finding.fix.edits.length > 0 && (safety === 'review' || finding.fix.safety === 'safe')
      ? [{ finding, edits: finding.fix.edits }]
      : [],
  );
}
