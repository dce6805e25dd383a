import { runRules } from '../analyze.js';
import { buildModel } from '../model/build.js';
import type { Rule } from '../rules/define.js';
import { applyEdits } from '../text/edits.js';
import type { AnalyzeOptions, Finding } from '../types.js';

export { applyEdits };

/** The findings of one rule, run alone, for a Dockerfile text. Opt-in rules are switched on. */
export function lint(rule: Rule, text: string, options: AnalyzeOptions = {}): Finding[] {
  const opts = rule.meta.optIn
    ? { ...options, enabledRules: [...(options.enabledRules ?? []), rule.meta.id] }
    : options;
  return runRules(buildModel(text), [rule], opts).findings.filter((f) => f.ruleId === rule.meta.id);
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
