import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { rewrite } from '@dop/rewriter';
import { describe, expect, it } from 'vitest';
import { BROKEN, tree } from './fixtures.js';
import { dop } from './run.js';

const PYTHON = `FROM python:3.12
WORKDIR /app
COPY . .
RUN pip install -r requirements.txt
CMD ["python", "app.py"]
`;

describe('dop rewrite', () => {
  it('prints the optimized Dockerfile on stdout and the changes on stderr', () => {
    const dir = tree({ Dockerfile: PYTHON });
    const r = dop(['rewrite', 'Dockerfile'], { cwd: dir });
    expect(r.code).toBe(0);
    const expected = rewrite(PYTHON);
    expect(r.stdout).toBe(expected.output);
    expect(expected.changes.length).toBeGreaterThan(0);
    expect(r.stderr).toContain(`${expected.changes.length} change`);
    for (const ch of expected.changes) expect(r.stderr).toContain(ch.title.en);
  });

  it('--diff prints a unified diff; -o writes the file; --dockerignore writes the suggestion', () => {
    const dir = tree({ Dockerfile: PYTHON });
    const diff = dop(['rewrite', '--diff', 'Dockerfile'], { cwd: dir });
    expect(diff.stdout).toMatch(/^=+\n--- a\/Dockerfile\n\+\+\+ b\/Dockerfile\n@@ /m);
    const out = dop(
      ['rewrite', '-o', 'Dockerfile.optimized', '--dockerignore', '.dockerignore', 'Dockerfile'],
      { cwd: dir },
    );
    expect(out.code).toBe(0);
    expect(readFileSync(path.join(dir, 'Dockerfile.optimized'), 'utf8')).toBe(rewrite(PYTHON).output);
    expect(readFileSync(path.join(dir, '.dockerignore'), 'utf8')).toBe(rewrite(PYTHON).dockerignore);
  });

  it('never overwrites an existing output or .dockerignore without --force', () => {
    const dir = tree({ Dockerfile: PYTHON, '.dockerignore': 'mine\n', 'out.Dockerfile': 'keep\n' });
    const r = dop(['rewrite', '--dockerignore', '.dockerignore', 'Dockerfile'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(readFileSync(path.join(dir, '.dockerignore'), 'utf8')).toBe('mine\n');
    const o = dop(['rewrite', '-o', 'out.Dockerfile', 'Dockerfile'], { cwd: dir });
    expect(o.code).toBe(2);
    expect(o.stderr).toContain('out.Dockerfile exists');
    expect(readFileSync(path.join(dir, 'out.Dockerfile'), 'utf8')).toBe('keep\n');
    expect(dop(['rewrite', '-o', 'out.Dockerfile', '--force', 'Dockerfile'], { cwd: dir }).code).toBe(0);
  });

  it('--reject leaves a change out; --no-multi-stage keeps one stage', () => {
    const dir = tree({ Dockerfile: PYTHON });
    const first = rewrite(PYTHON).changes[0]!;
    const r = dop(['rewrite', '--reject', first.id, 'Dockerfile'], { cwd: dir });
    expect(r.stdout).toBe(rewrite(PYTHON, { rejectedChanges: [first.id] }).output);
    const single = dop(['rewrite', '--no-multi-stage', 'Dockerfile'], { cwd: dir });
    expect(single.stdout.match(/^FROM /gm)).toHaveLength(1);
  });

  it('reads stdin, speaks Korean, and leaves a file it cannot parse unchanged with a note', () => {
    const r = dop(['rewrite', '--lang', 'ko', '-'], { input: BROKEN });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(BROKEN);
    expect(r.stderr).toMatch(/[가-힣]/);
  });

  it('exits 2 on a missing file or extra arguments', () => {
    const dir = tree({});
    const r = dop(['rewrite', 'Dockerfile'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Dockerfile: cannot read: no such file');
    expect(dop(['rewrite', 'a', 'b']).code).toBe(2);
    expect(existsSync(path.join(dir, 'Dockerfile'))).toBe(false);
  });
});

describe('dop explain', () => {
  it('explains our rule by id and by a peer id, in both languages', () => {
    const en = dop(['explain', 'DOP050']);
    expect(en.code).toBe(0);
    expect(en.stdout).toContain('DOP050 apt-get-missing-yes');
    expect(en.stdout).toContain('DL3014');
    expect(en.stdout).toMatch(/Bad:\n {2}FROM/);
    const ko = dop(['explain', 'DL3014', '--lang', 'ko']);
    expect(ko.stdout).toContain('나쁜 예');
    expect(ko.stdout).toContain('DOP050');
  });

  it('lists every rule, and rejects an unknown id with exit 2', () => {
    const list = dop(['explain', '--list']);
    expect(list.stdout).toMatch(/^DOP001 /m);
    expect(list.stdout).toMatch(/^DOP050 /m);
    const bad = dop(['explain', 'DL0000']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('no rule "DL0000"');
  });
});

describe('dop lint --with-rewrite', () => {
  it('says per file how much the rewriter would change, without writing anything', () => {
    const dir = tree({ Dockerfile: PYTHON });
    const r = dop(['lint', '--with-rewrite', '--format', 'json', '-t', 'none', 'Dockerfile'], { cwd: dir });
    const expected = rewrite(PYTHON);
    expect(JSON.parse(r.stdout).files[0].rewrite).toEqual({
      changes: expected.changes.length,
      review: expected.changes.filter((c) => c.risk === 'review').length,
      restructured: expected.changes.some((c) => c.transform === 'multi-stage'),
    });
    expect(readFileSync(path.join(dir, 'Dockerfile'), 'utf8')).toBe(PYTHON);
    const tty = dop(['lint', '--with-rewrite', '-t', 'none', 'Dockerfile'], { cwd: dir });
    expect(tty.stdout).toContain(`${expected.changes.length} rewrite change`);
  });
});

describe('dop share', () => {
  it('prints a permalink that decodes back to the file', async () => {
    const { decodePermalink } = await import('@dop/share');
    const dir = tree({ Dockerfile: PYTHON });
    const r = dop(['share', 'Dockerfile', '--base', 'https://play.example/'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^https:\/\/play\.example\/#v2\/[A-Za-z0-9_-]+\n$/);
    const decoded = decodePermalink(r.stdout.trim().slice('https://play.example/'.length));
    expect(decoded.ok && decoded.state.text).toBe(PYTHON);
    expect(r.stderr).toBe('');
  });

  it('warns when the link is long for chat tools, and reads stdin', () => {
    const long = Array.from({ length: 3000 }, (_, i) => `RUN echo ${(i * 7919) % 104729}`).join('\n');
    const r = dop(['share', '-'], { input: `FROM alpine\n${long}\n` });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^http:\/\/localhost:5173\/#v2\//);
    expect(r.stderr).toContain('chat tools may cut it');
  });
});
