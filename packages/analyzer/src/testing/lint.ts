import { runRules } from '../analyze.js';
import { buildModel } from '../model/build.js';
import type { Rule } from '../rules/define.js';
import { RULES } from '../rules/index.js';
import { applyEdits } from '../text/edits.js';
import type { Analysis, AnalyzeOptions, Finding } from '../types.js';

export { applyEdits };

/** The findings of one rule, run alone, for a Dockerfile text. Opt-in rules are switched on. */
export function lint(rule: Rule, text: string, options: AnalyzeOptions = {}): Finding[] {
  const opts = rule.meta.optIn
    ? { ...options, enabledRules: [...(options.enabledRules ?? []), rule.meta.id] }
    : options;
  return runRules(buildModel(text), [rule], opts).findings.filter((f) => f.ruleId === rule.meta.id);
}

/** The 1-based start line of each finding, in the analyzer's order (one entry per finding). */
export function findingLines(findings: readonly Finding[]): number[] {
  return findings.map((f) => f.range.start.line);
}

/**
 * The rules that crashed in an analysis: the analyzer turns a throwing rule into an `internal`
 * finding so users still get the rest, which tests must not mistake for a pass.
 */
export function ruleCrashes(analysis: Analysis): string[] {
  return analysis.findings.filter((f) => f.internal).map((f) => `${f.ruleId}: ${f.message.en}`);
}

/** Options that switch on every rule, the opt-in ones read from the rules' metadata. */
export function everyRuleOptions(options: AnalyzeOptions = {}): AnalyzeOptions {
  const optIn = RULES.filter((r) => r.meta.optIn).map((r) => r.meta.id);
  return { ...options, enabledRules: [...(options.enabledRules ?? []), ...optIn] };
}

/** Applies the fix of the first finding of the rule that has one and returns the new text. */
export function fixed(rule: Rule, text: string, options: AnalyzeOptions = {}): string {
  const f = lint(rule, text, options).find((x) => x.fix);
  if (!f?.fix) throw new Error(`${rule.meta.id} gave no fix for:\n${text}`);
  return applyEdits(text, f.fix.edits);
}

/** The same Dockerfile with every instruction after FROM/ARG wrapped in ONBUILD (one-line instructions only). */
export function asOnbuild(text: string): string {
  return text.replace(/^(?!FROM|ARG|#|\s)(\S)/gm, 'ONBUILD $1');
}

/** Instructions ONBUILD cannot hold (the builder refuses them) or that would change what the rest means. */
const NOT_WRAPPED = new Set(['FROM', 'ARG', 'ONBUILD', 'MAINTAINER']);

/**
 * The same Dockerfile with every instruction but FROM, ARG, ONBUILD and MAINTAINER wrapped in
 * ONBUILD, read from the parsed model (continuations and here-documents included). Lines do not
 * move: `ONBUILD ` goes in front of the keyword.
 */
export function wrapInOnbuild(text: string): string {
  const model = buildModel(text);
  const starts = model.instructions
    .filter((ins) => !NOT_WRAPPED.has(ins.keyword))
    .map((ins) => ins.keywordSpan.start);
  return applyEdits(
    text,
    starts.map((start) => ({ start, end: start, text: 'ONBUILD ' })),
  );
}
