import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, openSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MISSING_YES, tree } from './fixtures.js';
import { BIN, dop } from './run.js';

describe('odd input and arguments', () => {
  it('shows control characters from a file as symbols, never raw, in the terminal format', () => {
    const filler = `# ${'x'.repeat(5000)}\n`; // past the first 4 KB, where a check once stopped
    const text = `FROM debian:12-slim\n${filler}# \u001b]0;pwned\u0007 \u001b[2J\nRUN apt-get install curl \u001b[31m\n`;
    const dir = tree({ Dockerfile: text });
    const r = dop(['lint', '--color', 'Dockerfile'], { cwd: dir });
    // Our own colours are there; none of the file's escape sequences is.
    expect(r.stdout).toContain('\u001b[');
    expect(r.stdout).not.toContain('\u001b]0;');
    expect(r.stdout).not.toContain('\u001b[2J');
    expect(r.stdout).not.toContain('\u0007');
    expect(r.stdout).toContain('\u241b[31m'); // ␛[31m, shown in the code frame
  });

  it('refuses devices, FIFOs and oversized files at once, with a reason', () => {
    const dir = tree({ 'big/Dockerfile': `FROM a\n# ${'x'.repeat(1024 * 1024)}\n` });
    execFileSync('mkfifo', [path.join(dir, 'fifo')]);
    const r = dop(['lint', '/dev/zero', 'fifo', 'big/Dockerfile'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/\/dev\/zero: not a regular file/);
    expect(r.stderr).toMatch(/fifo: not a regular file/);
    expect(r.stderr).toMatch(/big\/Dockerfile: too large \(over 1 MB/);
    // Standard input that never ends: read up to the limit, then refused.
    const zero = openSync('/dev/zero', 'r');
    const stdin = spawnSync(process.execPath, [BIN, 'lint', '-'], {
      stdio: [zero, 'pipe', 'pipe'],
      encoding: 'utf8',
    });
    closeSync(zero);
    expect(stdin.status).toBe(2);
    expect(stdin.stderr).toMatch(/stdin: (binary file|too large)/);
  });

  it('validates --uid as a whole number a user id can be', () => {
    const dir = tree({ Dockerfile: MISSING_YES });
    for (const bad of ['99999999999999999999', '1e3', '-1', '4294967296']) {
      const r = dop(['rewrite', 'Dockerfile', `--uid=${bad}`], { cwd: dir });
      expect(r.code, bad).toBe(2);
      expect(r.stderr, bad).toMatch(/--uid must be a whole number from 0 to 2147483647/);
    }
    expect(dop(['rewrite', 'Dockerfile', '--uid', '1000'], { cwd: dir }).code).toBe(0);
  });

  it('follows symbolic links once: a linked Dockerfile is linted, a link cycle ends, no file twice', () => {
    const dir = tree({ 'real/Dockerfile': MISSING_YES, 'other/x.txt': '' });
    symlinkSync(path.join(dir, 'real/Dockerfile'), path.join(dir, 'other/Dockerfile'));
    symlinkSync(dir, path.join(dir, 'real/loop'));
    symlinkSync(path.join(dir, 'missing'), path.join(dir, 'other/Dockerfile.broken'));
    writeFileSync(path.join(dir, 'Dockerfile'), MISSING_YES);
    const r = dop(['lint', '--format', 'json', '-t', 'none', '.'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const paths = JSON.parse(r.stdout).files.map((f: { path: string }) => f.path);
    expect(paths).toEqual(['Dockerfile', 'other/Dockerfile']);
  });
});
