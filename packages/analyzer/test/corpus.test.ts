/**
 * The analyzer over every real Dockerfile of the shared corpus: it never throws, every finding
 * lies inside the text, parse problems are findings, and fixes never break a file.
 */
import { describe, expect, it } from 'vitest';
import { RULES } from '../src/rules/index.js';
import { analyze } from '../src/analyze.js';
import { corpusDir, corpusFiles } from '../src/testing/corpus.js';
import { everyRuleOptions } from '../src/testing/lint.js';
import { analyzeChecked } from './invariants.js';

const dir = corpusDir();

describe('corpus', () => {
  it('runs every rule: the options the checks use reach the opt-in ones too', () => {
    for (const rule of RULES) {
      const { bad, options } = rule.meta.examples;
      const fired = analyze(bad, everyRuleOptions(options)).findings.some((f) => f.ruleId === rule.meta.id);
      expect(fired, rule.meta.id).toBe(true);
    }
  });

  it('analyzes every corpus file with findings inside the text', () => {
    let files = 0;
    let findings = 0;
    for (const file of corpusFiles(dir)) {
      findings += analyzeChecked(file.text, file.file).findings.length;
      files++;
    }
    if (!dir) {
      // Outside the workspace layout there is no corpus; the rules' own examples stand in.
      console.warn('corpus not found (set DOP_CORPUS): checking the rule examples instead');
      for (const rule of RULES) {
        analyzeChecked(rule.meta.examples.bad, `${rule.meta.id} bad`);
        analyzeChecked(rule.meta.examples.good, `${rule.meta.id} good`);
        files += 2;
      }
    } else {
      expect(files).toBeGreaterThan(900);
      // Real Dockerfiles are rarely perfect: a rule set that finds nothing is broken.
      expect(findings).toBeGreaterThan(files);
    }
  }, 240_000);
});
