import { copyFileSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze, fixAll } from '@dop/analyzer';
import { corpusDir, corpusEntries } from '@dop/analyzer/testing';
import { checkRewrite } from '@dop/rewriter/testing';
import { describe, expect, it } from 'vitest';
import { BROKEN, MISSING_YES, tree } from './fixtures.js';
import { formatJson } from '../src/formats/json.js';
import { formatTtyFile } from '../src/formats/tty.js';
import { fixSummary } from '../src/lint-file.js';
import type { FileResult } from '../src/types.js';
import { dop } from './run.js';

const GOLDEN = fileURLToPath(new URL('../../rewriter/test/golden', import.meta.url));

describe('dop lint --fix', () => {
  it('applies safe fixes in place, reports them, and a second run changes nothing', () => {
    const dir = tree({ Dockerfile: MISSING_YES });
    const r = dop(['lint', '--fix', 'Dockerfile'], { cwd: dir });
    const after = readFileSync(path.join(dir, 'Dockerfile'), 'utf8');
    expect(after).toContain('apt-get install -y curl');
    expect(r.stdout).toMatch(/Dockerfile {2}fixed \d+ \(.*DOP050×1.*\)/);
    expect(analyze(after).findings.filter((f) => f.fix?.safety === 'safe')).toEqual([]);
    const again = dop(['lint', '--fix', '--format', 'json', 'Dockerfile'], { cwd: dir });
    expect(JSON.parse(again.stdout).files[0].fix).toEqual({ applied: [], written: false });
    expect(readFileSync(path.join(dir, 'Dockerfile'), 'utf8')).toBe(after);
  });

  it('says which fixes were not applied, and why', () => {
    // DOP050 (-y) and DOP051 (--no-install-recommends) both insert right after `install`, and
    // DOP052 appends to the same RUN. --fix retries a deferred fix on the next round's text, so
    // every file converges well within its ten rounds (each rule's bad example and the corpus take
    // at most two): with no rounds at all the line shows what the edit policy says of each.
    const text = 'FROM debian:12-slim\nRUN apt-get update && apt-get install curl\n';
    const result = fixAll(text, { safety: 'review', maxRounds: 0 });
    const summary = fixSummary(result);
    expect(summary.deferred).toEqual([
      { ruleId: 'DOP052', line: 2, reason: 'stopped' },
      { ruleId: 'DOP050', line: 2, reason: 'stopped' },
      { ruleId: 'DOP051', line: 2, reason: 'same-insertion-point' },
    ]);
    const file: FileResult = {
      path: 'Dockerfile',
      text: result.output,
      findings: result.remaining,
      fix: { ...summary, written: false },
    };
    const ctx = { color: false, version: '0' } as const;
    expect(formatTtyFile(file, { ...ctx, lang: 'en' })).toContain(
      'Dockerfile  3 fixes not applied: DOP052:2 (stopped), DOP050:2 (stopped), DOP051:2 (same-insertion-point)\n',
    );
    expect(formatTtyFile(file, { ...ctx, lang: 'ko' })).toContain(
      'Dockerfile  적용하지 못한 수정 3개: DOP052:2',
    );
    expect(JSON.parse(formatJson([file], { ...ctx, lang: 'en' })).files[0].fix.deferred).toEqual(
      summary.deferred,
    );
    // One round: the clash is gone (DOP051 fits on the new text), only the rounds ran out.
    const once = fixSummary(fixAll(text, { safety: 'review', maxRounds: 1 }));
    expect(once.deferred).toEqual([{ ruleId: 'DOP051', line: 2, reason: 'stopped' }]);
    expect(fixSummary(fixAll(text, { safety: 'review' })).deferred).toBeUndefined();
  });

  it('never touches a file it cannot parse', () => {
    const dir = tree({ Dockerfile: BROKEN });
    dop(['lint', '--fix', 'Dockerfile'], { cwd: dir });
    expect(readFileSync(path.join(dir, 'Dockerfile'), 'utf8')).toBe(BROKEN);
  });

  it('applies review fixes only with --unsafe-fixes', () => {
    const review = analyze(MISSING_YES).findings.filter((f) => f.fix?.safety === 'review');
    const dir = tree({ Dockerfile: MISSING_YES });
    dop(['lint', '--fix', 'Dockerfile'], { cwd: dir });
    const safeOnly = readFileSync(path.join(dir, 'Dockerfile'), 'utf8');
    dop(['lint', '--fix', '--unsafe-fixes', 'Dockerfile'], { cwd: dir });
    const both = readFileSync(path.join(dir, 'Dockerfile'), 'utf8');
    if (review.length > 0) expect(both).not.toBe(safeOnly);
    expect(analyze(both).findings.filter((f) => f.fix)).toEqual([]);
  });

  it('fixes stdin without writing anything and reports the fixed text in JSON', () => {
    const r = dop(['lint', '--fix', '--format', 'json', '-'], { input: MISSING_YES });
    const doc = JSON.parse(r.stdout);
    expect(doc.files[0].fix.written).toBe(false);
    expect(doc.files[0].fix.applied.map((a: { ruleId: string }) => a.ruleId)).toContain('DOP050');
  });

  it('on copies of the whole corpus: every fixed file parses and keeps the rewriter invariants', () => {
    // The rewriter's golden inputs always, and the shared corpus when it is there (not in a clone elsewhere).
    const src = corpusDir();
    const files = [
      ...readdirSync(GOLDEN).map((d) => path.join(GOLDEN, d, 'input.Dockerfile')),
      ...(src ? corpusEntries(src).map((e) => path.join(src, e.file)) : []),
    ];
    const dir = mkdtempSync(path.join(tmpdir(), 'dop-fix-corpus-'));
    for (const [i, f] of files.entries()) {
      copyFileSync(f, path.join(dir, `${String(i).padStart(4, '0')}.Dockerfile`));
    }
    const entries = files;
    const before = new Map(readdirSync(dir).map((f) => [f, readFileSync(path.join(dir, f), 'utf8')]));

    const r = dop(['lint', '--fix', '--format', 'json', '-t', 'none', '.'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.files).toHaveLength(entries.length);

    const problems: string[] = [];
    let changed = 0;
    for (const [name, original] of before) {
      const text = readFileSync(path.join(dir, name), 'utf8');
      if (text === original) continue;
      changed++;
      if (analyze(text).findings.some((f) => f.ruleId === 'DOP001'))
        problems.push(`${name}: no longer parses`);
      for (const v of checkRewrite(text).violations) problems.push(`${name}: ${v.invariant}: ${v.detail}`);
    }
    expect(problems.slice(0, 20)).toEqual([]);
    expect(changed).toBeGreaterThan(0);
    expect(changed).toBe(doc.files.filter((f: { fix: { written: boolean } }) => f.fix.written).length);
  }, 600_000);
});
