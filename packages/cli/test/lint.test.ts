import { chmodSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BROKEN, MISSING_YES, tree } from './fixtures.js';
import { dop } from './run.js';

describe('dop lint', () => {
  it('reports findings with a code frame and a summary, exit 1', () => {
    const dir = tree({ Dockerfile: MISSING_YES });
    const r = dop(['lint', 'Dockerfile'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Dockerfile\n');
    expect(r.stdout).toMatch(/2:23 {2}warning {2}`apt-get install` without -y .* DOP050 \[fix\]/);
    expect(r.stdout).toContain('> 2 | RUN apt-get update && apt-get install curl');
    expect(r.stdout).toMatch(/1 file · \d+ errors · \d+ warnings/);
    expect(r.stdout).not.toMatch(/\u001b\[/); // NO_COLOR is honoured
  });

  it('speaks Korean with --lang ko', () => {
    const dir = tree({ Dockerfile: MISSING_YES });
    const r = dop(['lint', '--lang', 'ko', 'Dockerfile'], { cwd: dir });
    expect(r.stdout).toContain('경고');
    expect(r.stdout).toContain('파일 1개');
  });

  it('exits 0 when nothing reaches the failure threshold', () => {
    const dir = tree({ Dockerfile: MISSING_YES });
    const r = dop(['lint', '--failure-threshold', 'error', 'Dockerfile'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(dop(['lint', '-t', 'none', 'Dockerfile'], { cwd: dir }).code).toBe(0);
  });

  it('reads stdin for - and reports it under --stdin-filename', () => {
    const r = dop(['lint', '--format', 'json', '--stdin-filename', 'api/Dockerfile', '-'], {
      input: MISSING_YES,
    });
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout);
    expect(doc.files).toHaveLength(1);
    expect(doc.files[0].path).toBe('api/Dockerfile');
    expect(doc.files[0].findings.map((f: { ruleId: string }) => f.ruleId)).toContain('DOP050');
  });

  it('searches folders for Dockerfiles, honouring .gitignore and skipping node_modules', () => {
    const dir = tree({
      '.git/HEAD': 'ref: refs/heads/main\n',
      '.gitignore': 'ignored/\n*.generated.Dockerfile\n',
      Dockerfile: MISSING_YES,
      'api/Dockerfile.dev': MISSING_YES,
      'web/app.Dockerfile': MISSING_YES,
      'tools/Containerfile': MISSING_YES,
      'web/x.generated.Dockerfile': MISSING_YES,
      'ignored/Dockerfile': MISSING_YES,
      'node_modules/pkg/Dockerfile': MISSING_YES,
      'docs/README.md': '# not a Dockerfile\n',
      'web/.dockerignore': 'node_modules\n',
    });
    const r = dop(['lint', '--format', 'json', '.'], { cwd: dir });
    const paths = JSON.parse(r.stdout).files.map((f: { path: string }) => f.path);
    expect(paths).toEqual(['Dockerfile', 'api/Dockerfile.dev', 'tools/Containerfile', 'web/app.Dockerfile']);
  });

  it('expands globs and lints a file named explicitly whatever its name', () => {
    const dir = tree({ 'a/Dockerfile': MISSING_YES, 'b/Dockerfile': MISSING_YES, 'build.txt': MISSING_YES });
    const globbed = JSON.parse(dop(['lint', '--format', 'json', '*/Dockerfile'], { cwd: dir }).stdout);
    expect(globbed.files.map((f: { path: string }) => f.path)).toEqual(['a/Dockerfile', 'b/Dockerfile']);
    const named = JSON.parse(dop(['lint', '--format', 'json', 'build.txt'], { cwd: dir }).stdout);
    expect(named.files[0].findings.length).toBeGreaterThan(0);
  });

  it('goes on past a missing path, a binary file and an unreadable file, then exits 2 naming each', () => {
    const dir = tree({
      Dockerfile: MISSING_YES,
      'bin.Dockerfile': Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2, 0, 0]),
    });
    // As root every permission check passes, so use a file that exists but fails on read.
    let unreadable = path.join(dir, 'locked.Dockerfile');
    if (process.getuid?.() === 0) unreadable = '/proc/self/mem';
    else {
      writeFileSync(unreadable, MISSING_YES);
      chmodSync(unreadable, 0o000);
    }
    const r = dop(
      ['lint', '--format', 'json', 'Dockerfile', 'missing/Dockerfile', 'bin.Dockerfile', unreadable],
      { cwd: dir },
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('missing/Dockerfile: no such file or directory');
    expect(r.stderr).toContain('bin.Dockerfile: binary file, not a Dockerfile');
    expect(r.stderr).toMatch(/(locked\.Dockerfile|\/proc\/self\/mem): cannot read/);
    const doc = JSON.parse(r.stdout);
    const ok = doc.files.find((f: { path: string }) => f.path === 'Dockerfile');
    expect(ok.findings.length).toBeGreaterThan(0);
  });

  it('reports a Dockerfile that does not parse as a finding, not a crash', () => {
    const dir = tree({ Dockerfile: BROKEN });
    const r = dop(['lint', '--format', 'json', 'Dockerfile'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).files[0].findings.map((f: { ruleId: string }) => f.ruleId)).toContain(
      'DOP001',
    );
  });

  it('says so when a folder holds no Dockerfile', () => {
    const dir = tree({ 'README.md': 'hi\n' });
    const r = dop(['lint', '.'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no Dockerfiles found');
  });

  it('ignores a dangling symlink met while walking a folder', () => {
    const dir = tree({ Dockerfile: MISSING_YES });
    symlinkSync(path.join(dir, 'nowhere'), path.join(dir, 'gone.Dockerfile'));
    const r = dop(['lint', '--format', 'json', '.'], { cwd: dir });
    expect(JSON.parse(r.stdout).files.map((f: { path: string }) => f.path)).toEqual(['Dockerfile']);
  });

  it('rejects bad usage with exit 2 and a pointer to --help', () => {
    for (const args of [
      ['frobnicate'],
      ['lint', '--format', 'xml'],
      ['lint', '-t', 'loud'],
      ['lint', '--bogus'],
      ['lint', '--unsafe-fixes'],
      ['lint', '--lang', 'fr'],
    ]) {
      const r = dop(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toContain('dop --help');
    }
    expect(dop([]).code).toBe(2);
    expect(dop(['--help']).stdout).toContain('dop lint');
    expect(dop(['--version']).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});
