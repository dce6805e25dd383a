/** Bad input never throws or hangs, and parse problems come back as findings with ranges. */
import { describe, expect, it, vi } from 'vitest';
import { analyze } from '../src/analyze.js';
import { RULES } from '../src/rules/index.js';
import { analyzeChecked } from './invariants.js';

// analyzeChecked turns opt-in rules on too, so the LF baseline goes through it as well.
const ruleIds = (text: string) => analyzeChecked(text, 'lf').findings.map((f) => f.ruleId);

describe('bad input', () => {
  it('a crashing rule fails the checks: its internal finding is not a pass', () => {
    const rule = RULES.find((r) => r.meta.id === 'DOP050')!;
    const spy = vi.spyOn(rule, 'check').mockImplementation(() => {
      throw new Error('boom');
    });
    try {
      expect(() => analyzeChecked('FROM debian:12\nRUN apt-get install curl\n', 'crash')).toThrow(/DOP050/);
    } finally {
      spy.mockRestore();
    }
  });

  it('empty text and whitespace only give one clear finding', () => {
    for (const text of ['', '   ', '\n\n\n', '\t\r\n']) {
      const a = analyzeChecked(text, JSON.stringify(text));
      expect(a.findings.map((f) => f.ruleId)).toEqual(['DOP001']);
      expect(a.findings[0]!.message.en).toMatch(/empty/i);
    }
  });

  it('a file of comments only is reported as having no instructions', () => {
    const a = analyzeChecked('# just a comment\n# another\n', 'comments');
    expect(a.findings.some((f) => f.ruleId === 'DOP001')).toBe(true);
  });

  it('binary junk and NUL bytes are reported, not thrown', () => {
    let junk = '';
    for (let i = 0; i < 4096; i++) junk += String.fromCharCode((i * 7919) % 256);
    const a = analyzeChecked(junk, 'junk');
    expect(a.findings.some((f) => f.ruleId === 'DOP001' && /binary/i.test(f.message.en))).toBe(true);
    const nul = analyzeChecked('FROM alpine:3.20\nRUN echo \u0000\u0000\n', 'nul');
    expect(nul.findings.some((f) => f.ruleId === 'DOP001')).toBe(true);
  });

  it('CRLF and a BOM give the same findings as LF', () => {
    const lf = 'FROM debian:12\nRUN apt-get install curl\nCMD echo hi\n';
    const crlf = lf.replace(/\n/g, '\r\n');
    const bom = `\uFEFF${lf}`;
    const ids = ruleIds(lf);
    expect(ids.length).toBeGreaterThan(0);
    expect(analyzeChecked(crlf, 'crlf').findings.map((f) => f.ruleId)).toEqual(ids);
    expect(analyzeChecked(bom, 'bom').findings.map((f) => f.ruleId)).toEqual(ids);
    // Ranges follow the lines of the CRLF text too.
    const lfLines = analyze(lf).findings.map((f) => f.range.start.line);
    expect(analyze(crlf).findings.map((f) => f.range.start.line)).toEqual(lfLines);
  });

  it('Windows files with a backtick escape parse without syntax errors', () => {
    const text =
      '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN powershell -Command `\n    Write-Host hi\nWORKDIR C:\\app\nCOPY . C:\\app\\\n';
    const a = analyzeChecked(text, 'windows');
    expect(a.findings.filter((f) => f.ruleId === 'DOP001')).toEqual([]);
    expect(a.model.escapeChar).toBe('`');
  });

  it('unterminated heredocs and quotes are findings with a range', () => {
    const heredoc = analyzeChecked('FROM alpine:3.20\nRUN <<EOF\napk add curl\n', 'heredoc');
    const h = heredoc.findings.find((f) => f.ruleId === 'DOP001');
    expect(h?.message.en).toMatch(/heredoc|here-document|EOF/i);
    expect(h!.range.start.line).toBeGreaterThanOrEqual(2);
    const quote = analyzeChecked('FROM alpine:3.20\nRUN echo "unclosed && apk add curl\n', 'quote');
    expect(quote.findings.some((f) => f.ruleId === 'DOP001' && f.range.start.line === 2)).toBe(true);
  });

  it('a 5 MB paste and a 10,000-line continuation finish', () => {
    const block = 'FROM debian:12\nRUN apt-get update && apt-get install curl\nCOPY . /app\n';
    const big = block.repeat(Math.ceil((5 * 1024 * 1024) / block.length));
    expect(big.length).toBeGreaterThanOrEqual(5 * 1024 * 1024);
    expect(analyze(big).findings.length).toBeGreaterThan(0);

    const lines = Array.from({ length: 10_000 }, (_, i) => `    pkg${i} \\`);
    const long = `FROM debian:12\nRUN apt-get install -y \\\n${lines.join('\n')}\n    last\n`;
    const a = analyzeChecked(long, 'continuation', false);
    const run = a.model.instructions.find((i) => i.keyword === 'RUN');
    expect(run?.endLine).toBe(10_002); // 0-based: the line of `last`
  }, 120_000);

  it('deeply nested shell and pathological quoting finish', () => {
    const nested = `FROM alpine:3.20\nRUN ${'$('.repeat(500)}echo${')'.repeat(500)}\n`;
    analyzeChecked(nested, 'nested');
    const quotes = `FROM alpine:3.20\nRUN ${'"\'"'.repeat(5000)}\n`;
    analyzeChecked(quotes, 'quotes');
  });
});
