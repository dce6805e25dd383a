import { describe, expect, it } from 'vitest';
import { analyze, analyzeRules, buildModel } from '../src/index.js';

const TEXT = `FROM debian:12
RUN apt-get update && apt-get install curl
# dop ignore=DOP050
RUN apt-get install wget
RUN cd /app && make
`;

describe('analyzeRules', () => {
  it('gives exactly the named rules’ findings of a full analysis, on a model built once', () => {
    const ids = ['DOP050', 'DOP081', 'DOP051'];
    const full = analyze(TEXT).findings.filter((f) => ids.includes(f.ruleId));
    expect(full.length).toBeGreaterThan(1);
    expect(analyzeRules(TEXT, ids).findings).toEqual(full);
    expect(analyzeRules(buildModel(TEXT), ids).findings).toEqual(full);
  });

  it('honours ignore comments like analyze (the silenced one is counted, not shown)', () => {
    const r = analyzeRules(TEXT, ['DOP050']);
    expect(r.findings.map((f) => f.range.start.line)).toEqual([2]);
    expect(r.suppressed).toBe(1);
  });

  it('runs nothing for ids it does not know', () => {
    expect(analyzeRules(TEXT, ['NOPE']).findings).toEqual([]);
  });
});
