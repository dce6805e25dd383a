import { analyze } from './analyze.js';
import { editsOverlap } from './text/edits.js';
import { inStyleOf } from './text/line-breaks.js';
import { applyEdits } from './text/edits.js';
import type { AnalyzeOptions, Finding, FixSafety } from './types.js';

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
  /** Set when a round's fixes would have broken parsing: that round was dropped and fixing stopped. */
  stoppedBecause?: 'parse-error';
}

const SYNTAX_RULE = 'DOP001';

/**
 * Applies every fix of the chosen safety, round after round until nothing changes. A round whose
 * result would no longer parse is thrown away: a fixer must never break a file. Pure.
 */
export function fixAll(text: string, options: FixAllOptions = {}): FixAllResult {
  const { safety = 'safe', maxRounds = 10, ...analyzeOptions } = options;
  const applied: Finding[] = [];
  let output = text;
  let analysis = analyze(output, analyzeOptions);
  const hadSyntaxError = analysis.findings.some((f) => f.ruleId === SYNTAX_RULE);
  // A file that does not parse is not touched: its fixes rest on a guess of what was meant.
  if (hadSyntaxError) return { output, applied, remaining: analysis.findings };

  for (let round = 0; round < maxRounds; round++) {
    const chosen = chooseFixes(analysis.findings, safety);
    if (chosen.length === 0) break;
    const next = applyEdits(
      output,
      chosen.flatMap((f) => f.fix?.edits ?? []),
    );
    if (next === output) break;
    const nextAnalysis = analyze(next, analyzeOptions);
    if (nextAnalysis.findings.some((f) => f.ruleId === SYNTAX_RULE)) {
      return { output, applied, remaining: analysis.findings, stoppedBecause: 'parse-error' };
    }
    applied.push(...chosen);
    output = next;
    analysis = nextAnalysis;
  }
  // Fixes write LF; a file that ends its lines with CR or CRLF throughout keeps doing so.
  const styled = inStyleOf(text, output);
  if (styled !== output) analysis = analyze(styled, analyzeOptions);
  return { output: styled, applied, remaining: analysis.findings };
}

/** Fixes of the allowed safety whose edits overlap none chosen before (the rest wait a round). */
function chooseFixes(findings: readonly Finding[], safety: FixSafety): Finding[] {
  const chosen: Finding[] = [];
  const edits = [];
  for (const f of findings) {
    if (!f.fix || f.fix.edits.length === 0) continue;
    if (safety === 'safe' && f.fix.safety !== 'safe') continue;
    if (editsOverlap(f.fix.edits)) continue;
    const candidate = [...edits, ...f.fix.edits];
    if (editsOverlap(candidate) || sharesInsertionPoint(edits, f.fix.edits)) continue;
    edits.push(...f.fix.edits);
    chosen.push(f);
  }
  return chosen;
}

/** Two insertions at one offset from different fixes: their order is a guess, so one waits a round. */
function sharesInsertionPoint(
  a: readonly { start: number; end: number }[],
  b: readonly { start: number; end: number }[],
): boolean {
  return b.some((x) => a.some((y) => x.start === y.start && (x.start === x.end || y.start === y.end)));
}
