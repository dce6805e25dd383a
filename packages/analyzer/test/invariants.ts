/** Checks every analysis must pass, whatever the input: shared by the corpus and robustness tests. */
import { expect } from 'vitest';
import { analyze } from '../src/analyze.js';
import { buildModel } from '../src/model/build.js';
import { applyEdits, everyRuleOptions } from '../src/testing/lint.js';
import type { Analysis } from '../src/types.js';

/** Analyzes `text` (every rule, the opt-in ones as their metadata lists them) and checks the findings' shape. */
export function analyzeChecked(text: string, label: string, checkFixes = true): Analysis {
  const analysis = analyze(text, everyRuleOptions());
  const lineCount = text.split(/\r\n|\r|\n/).length;
  for (const f of analysis.findings) {
    const where = `${label}: ${f.ruleId} ${f.message.en}`;
    expect(f.internal, where).toBeUndefined();
    expect(f.span.start, where).toBeGreaterThanOrEqual(0);
    expect(f.span.end, where).toBeLessThanOrEqual(text.length);
    expect(f.span.start, where).toBeLessThanOrEqual(f.span.end);
    expect(f.range.start.line, where).toBeGreaterThanOrEqual(1);
    expect(f.range.end.line, where).toBeLessThanOrEqual(lineCount);
    expect(f.message.en.length, where).toBeGreaterThan(0);
    expect(f.message.ko.length, where).toBeGreaterThan(0);
  }
  // Parse problems always surface as findings.
  if (analysis.model.problems.length > 0) {
    expect(
      analysis.findings.some((f) => f.ruleId === 'DOP001'),
      `${label}: parse problems without a DOP001 finding`,
    ).toBe(true);
  }
  if (checkFixes) checkFixesApply(text, analysis, label);
  return analysis;
}

/** Every fix stays inside the text, has non-overlapping edits, and never breaks parsing. */
function checkFixesApply(text: string, analysis: Analysis, label: string): void {
  const problemsBefore = new Set(analysis.model.problems.map((p) => p.message));
  for (const f of analysis.findings) {
    if (!f.fix) continue;
    const where = `${label}: fix of ${f.ruleId} at ${f.range.start.line}`;
    const edits = [...f.fix.edits].sort((a, b) => a.start - b.start);
    expect(edits.length, where).toBeGreaterThan(0);
    for (let i = 0; i < edits.length; i++) {
      const e = edits[i]!;
      expect(e.start, where).toBeGreaterThanOrEqual(0);
      expect(e.end, where).toBeLessThanOrEqual(text.length);
      expect(e.start, where).toBeLessThanOrEqual(e.end);
      if (i > 0) expect(e.start, where).toBeGreaterThanOrEqual(edits[i - 1]!.end);
    }
    const after = buildModel(applyEdits(text, f.fix.edits));
    const newProblems = after.problems.filter((p) => !problemsBefore.has(p.message));
    expect(
      newProblems.map((p) => p.message),
      where,
    ).toEqual([]);
  }
}
