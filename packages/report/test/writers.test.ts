import { analyze, rules } from '@dop/analyzer';
import { describe, expect, it } from 'vitest';
import { formatJson } from '../src/json.js';
import { formatSarif } from '../src/sarif.js';
import { TextStore } from '../src/text-store.js';
import type { FileResult, FormatContext } from '../src/types.js';

const ctx: FormatContext = { lang: 'ko', color: false, version: '1' };

// DOP118 is opt-in and found only in the second file: the rules after it in the catalogue move
// one place, so the first file's results learn their index only at the end.
const FIRST = 'FROM debian:12\nRUN apt-get update\nRUN apt-get install curl\n';
const SECOND = '# compiles the application\nFROM golang:1.23 AS build\nRUN go build\n';
const result = (path: string, text: string): FileResult => ({
  path,
  text,
  findings: analyze(text, { enabledRules: ['DOP118'] }).findings,
});
const results = [result('a/Dockerfile', FIRST), result('b/Dockerfile', SECOND)];

describe('documents written a file at a time', () => {
  it('are what JSON.stringify writes of the same document, byte for byte', () => {
    for (const out of [formatJson(results, ctx), formatSarif(results, ctx, () => 'x')]) {
      expect(out).toBe(`${JSON.stringify(JSON.parse(out), null, 2)}\n`);
    }
    expect(formatJson([], ctx)).toBe(`${JSON.stringify(JSON.parse(formatJson([], ctx)), null, 2)}\n`);
  });

  it('give each SARIF result the index of its rule in the catalogue the log ends with', () => {
    expect(results[1]!.findings.some((f) => f.ruleId === 'DOP118')).toBe(true);
    expect(results[0]!.findings.some((f) => f.ruleId === 'DOP118')).toBe(false);
    const log = JSON.parse(formatSarif(results, ctx, () => 'x'));
    const catalogue = log.runs[0].tool.driver.rules as { id: string }[];
    expect(catalogue.some((r) => r.id === 'DOP118')).toBe(true);
    expect(catalogue.some((r) => r.id === 'DOP117')).toBe(false);
    const found = log.runs[0].results as { ruleId: string; ruleIndex: number }[];
    expect(found.length).toBe(results[0]!.findings.length + results[1]!.findings.length);
    for (const r of found) expect(catalogue[r.ruleIndex]?.id).toBe(r.ruleId);
    expect(catalogue.length).toBe(rules.filter((r) => !r.optIn).length + 1);
  });
});

describe('TextStore', () => {
  it('gives back each piece as it was added, across blocks', () => {
    const store = new TextStore();
    const pieces = ['{"a": 1}', '\ufeff한국어 text', '', 'x'.repeat(3 << 20), '끝 \u{1F600}'];
    for (const p of pieces) store.add(p);
    expect(store.size).toBe(pieces.length);
    for (const [i, p] of pieces.entries()) expect(store.get(i)).toBe(p);
  });
});
