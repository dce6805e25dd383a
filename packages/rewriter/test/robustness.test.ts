/**
 * Odd input that once crashed, hung or corrupted: each case is a minimised failure from the fuzz
 * suite or a report, kept so it cannot come back. analyze, fixAll and rewrite must never throw, keep
 * every instruction and keep the file's line breaks.
 */
import { analyze, fixAll } from '@dop/analyzer';
import { describe, expect, it } from 'vitest';
import { rewrite } from '../src/index.js';
import { fuzzCheck } from './fuzz/check.js';

const keywords = (text: string) => analyze(text).model.instructions.map((i) => i.keyword);

describe('never throws, whatever the text', () => {
  it.each([
    ['CR in a continuation before a comment', 'FROM alpine:3.20\nRUN echo a \\\r# comment\n  b\n'],
    ['a `#` line after an escaped one (here-document scan)', 'FROM x\nRUNX \\\n#\\ab\n'],
    ['NUL and odd bytes', 'FROM x\nRUN \u0000 \ufeff `$(\n'],
    ['only a continuation', '\\\n'],
    ['an unclosed JSON array', 'FROM x\nCMD ["a", "\\u00\n'],
  ])('%s', (_, text) => {
    expect(fuzzCheck(text)).toEqual([]);
    expect(() => rewrite(text)).not.toThrow();
  });

  it('a file the parser cannot read is reported (DOP001) and left as it is', () => {
    const text = 'FROM x\nRUNX \\\n#\\ab\n';
    expect(analyze(text).findings.some((f) => f.ruleId === 'DOP001')).toBe(true);
    expect(rewrite(text).output).toBe(text);
  });
});

describe('line endings are read once, the same everywhere', () => {
  const LF = 'FROM node:22\nWORKDIR /app\nCOPY . .\nRUN yarn install\nENV A 1\nCMD ["node", "x"]\n';

  it('a CR-only file keeps all of its instructions, and its CRs', () => {
    const cr = LF.replace(/\n/g, '\r');
    expect(keywords(cr)).toEqual(keywords(LF));
    const out = rewrite(cr).output;
    expect(out).not.toContain('\n');
    expect(keywords(out)).toEqual(keywords(rewrite(LF).output));
    expect(rewrite(cr).output).toBe(rewrite(LF).output.replace(/\n/g, '\r'));
  });

  it('a CRLF file stays CRLF through rewrite and fixAll', () => {
    const crlf = `FROM debian:12-slim\r\nRUN apt-get update && apt-get install curl\r\n`;
    const out = rewrite(crlf).output;
    expect(out.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    // Output spans point into the CRLF output (moving the manifests up adds a line before later changes).
    const app = 'FROM node:22\r\nWORKDIR /app\r\nCOPY . .\r\nRUN npm ci\r\nENV A 1\r\nCMD ["node", "x"]\r\n';
    const local = rewrite(app, { multiStage: false });
    expect(local.changes.length).toBeGreaterThan(2);
    const lines = local.output.split('\r\n');
    const at = (p: { line: number; column: number }) =>
      lines.slice(0, p.line - 1).reduce((n, l) => n + l.length + 2, 0) + p.column - 1;
    for (const c of local.changes)
      for (const r of c.outputRanges) {
        expect(r.span.start, c.id).toBe(at(r.range.start));
        expect(r.span.end, c.id).toBe(at(r.range.end));
      }
    const fixed = fixAll(crlf).output;
    expect(fixed).toContain('install -y curl');
    expect(fixed.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('a mixed file keeps the bytes of its here-document bodies', () => {
    const text = 'FROM debian:12-slim\nRUN <<EOF\r\necho a\recho b\r\nEOF\nCMD ["x"]\n';
    const body = 'echo a\recho b\r\n';
    expect(rewrite(text).output).toContain(body);
    expect(fixAll(text).output).toContain(body);
  });

  it('a blank line inside a continuation does not split the command', () => {
    const model = analyze(
      'FROM debian:12-slim\nRUN apt-get update && \\\n\n    apt-get install -y curl\n',
    ).model;
    const argv = model.instructions[1]!.shell!.commands.map((c) => c.argv.map((w) => w.value).join(' '));
    expect(argv).toEqual(['apt-get update', 'apt-get install -y curl']);
  });
});

describe('rewriter semantics', () => {
  it("CMD ['a', 'b'] is shell form: turning it into exec form changes what runs, so it is review", () => {
    const r = rewrite("FROM debian:12-slim\nCMD ['a', 'b']\n");
    const change = r.changes.find((c) => c.transform === 'exec-form');
    expect(change?.risk).toBe('review');
    expect(fixAll("FROM debian:12-slim\nCMD ['a', 'b']\n").output).toContain("['a', 'b']");
  });

  it('a stray ;; is a shell syntax error: reported, and the file is not rewritten (fixpoint)', () => {
    const text = 'FROM debian:12\nRUN apt-get update ;; apt-get install -y curl\n';
    const a = analyze(text);
    expect(a.findings.some((f) => f.ruleId === 'DOP001' && /;;/.test(f.message.en))).toBe(true);
    expect(rewrite(text).output).toBe(text);
    expect(
      analyze('FROM x\nRUN case $a in b) echo ;; esac\n').findings.some((f) => f.ruleId === 'DOP001'),
    ).toBe(false);
  });

  it('sort-packages in a JSON-form RUN with escapes sorts the names, not the escape characters', () => {
    const text = 'FROM debian:12-slim\nRUN ["/bin/sh", "-c", "apt-get install -y \\u007a\\u007a aa bb"]\n';
    const out = rewrite(text).output;
    expect(out).toMatch(/"apt-get install[^"]* -y aa bb zz"/);
    expect(JSON.parse(out.split('\n')[1]!.slice(4))).toHaveLength(3);
  });
});
