import { copyFileSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '@dop/analyzer';
import { corpusDir, corpusEntries } from '@dop/analyzer/testing';
import { checkRewrite } from '@dop/rewriter/testing';
import { describe, expect, it } from 'vitest';
import { BROKEN, MISSING_YES, tree } from './fixtures.js';
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
