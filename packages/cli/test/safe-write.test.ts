import { spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import * as fsp from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fixAll } from '@dop/analyzer';
import { afterAll, describe, expect, it } from 'vitest';
import { WriteRefused, writeFileCarefully } from '../src/safe-write.js';
import { MISSING_YES, tree } from './fixtures.js';
import { BIN, dop } from './run.js';

const FIXED = fixAll(MISSING_YES, { safety: 'safe' }).output;
const leftovers = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.dop-tmp'));

/** A 64 KB tmpfs when this process may mount one (root in a container), else null. */
function smallDisk(): string | null {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return null;
  const dir = mkdtempSync(path.join(tmpdir(), 'dop-full-'));
  const r = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', dir]);
  return r.status === 0 ? dir : null;
}
const disk = smallDisk();
afterAll(() => {
  if (disk) spawnSync('umount', [disk]);
});

describe('careful writes', () => {
  it('on a full disk leaves the original whole and no temporary file', async () => {
    const original = Buffer.alloc(40_000, 'x');
    const bigger = Buffer.alloc(50_000, 'y');
    let dir: string;
    let fs: Parameters<typeof writeFileCarefully>[2] extends infer O ? O : never = {};
    if (disk) {
      dir = disk; // a real full file system
    } else {
      // No tmpfs here: the same failure injected, after half of the bytes were written.
      dir = mkdtempSync(path.join(tmpdir(), 'dop-full-'));
      const open: typeof fsp.open = async (...args) => {
        const fh = await fsp.open(...args);
        const write = fh.write.bind(fh) as (b: Uint8Array, o: number, l: number) => Promise<unknown>;
        (fh as unknown as { write: unknown }).write = async (b: Uint8Array, o: number, l: number) => {
          await write(b, o, Math.floor(l / 2));
          throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
        };
        return fh;
      };
      fs = { fs: { ...realFs(), open } };
    }
    const file = path.join(dir, 'Dockerfile');
    writeFileSync(file, original);
    const err = await writeFileCarefully(file, bigger, { ...fs, expected: original }).catch((e) => e);
    expect(err).toBeInstanceOf(WriteRefused);
    expect(err.message).toMatch(/no space left/);
    expect(readFileSync(file).equals(original)).toBe(true);
    expect(leftovers(dir)).toEqual([]);
  });

  it('dop lint --fix on a full disk reports the file as not written and keeps it', () => {
    if (!disk) return; // covered by the injected failure above
    const text = `${MISSING_YES}# ${'p'.repeat(30_000)}\n`;
    const file = path.join(disk, 'Dockerfile');
    writeFileSync(file, text);
    writeFileSync(path.join(disk, 'filler'), Buffer.alloc(20_000)); // 60 KB of 64 KB used
    const r = dop(['lint', '--fix', 'Dockerfile'], { cwd: disk });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/not written: no space left on the device; the file was left as it was/);
    expect(readFileSync(file, 'utf8')).toBe(text);
    expect(leftovers(disk)).toEqual([]);
  });

  it('refuses to overwrite a file that changed since it was read', async () => {
    const dir = tree({ Dockerfile: 'FROM a\n' });
    const file = path.join(dir, 'Dockerfile');
    writeFileSync(file, 'FROM edited-by-the-user\n');
    const err = await writeFileCarefully(file, Buffer.from('FROM b\n'), {
      expected: Buffer.from('FROM a\n'),
    }).catch((e) => e);
    expect(err).toBeInstanceOf(WriteRefused);
    expect(err.reason).toBe('changed');
    expect(readFileSync(file, 'utf8')).toBe('FROM edited-by-the-user\n');
    expect(leftovers(dir)).toEqual([]);
  });

  it('keeps the mode, and replaces the file a symlink points at, not the link', async () => {
    const dir = tree({ 'real/Dockerfile': 'FROM a\n' });
    const real = path.join(dir, 'real/Dockerfile');
    chmodSync(real, 0o640);
    symlinkSync(real, path.join(dir, 'Dockerfile'));
    await writeFileCarefully(path.join(dir, 'Dockerfile'), Buffer.from('FROM b\n'), {
      expected: Buffer.from('FROM a\n'),
    });
    expect(readlinkSync(path.join(dir, 'Dockerfile'))).toBe(real);
    expect(readFileSync(real, 'utf8')).toBe('FROM b\n');
    expect(statSync(real).mode & 0o777).toBe(0o640);
  });

  it('a kill at any moment of a write leaves one whole version, never a cut one', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'dop-kill-'));
    const file = path.join(dir, 'Dockerfile');
    const [a, b] = [300_000, 700_000];
    writeFileSync(file, Buffer.alloc(a, 'a'));
    const helper = fileURLToPath(new URL('./helpers/write-forever.ts', import.meta.url));
    for (const delay of [150, 260, 370, 480]) {
      const child = spawn(process.execPath, ['--import', 'tsx', helper, file, String(a), String(b)], {
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      await new Promise((resolve) => child.stdout.once('data', resolve));
      await new Promise((resolve) => setTimeout(resolve, delay));
      child.kill('SIGKILL');
      await new Promise((resolve) => child.once('exit', resolve));
      const now = readFileSync(file);
      expect([a, b]).toContain(now.length);
      expect(now.equals(Buffer.alloc(now.length, now.length === a ? 'a' : 'b'))).toBe(true);
    }
  });
});

describe('dop lint --fix, several at once and into a closed pipe', () => {
  it('three concurrent runs leave every file fixed and whole', async () => {
    const files = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`d${i}/Dockerfile`, MISSING_YES]));
    const dir = tree(files);
    const runs = [0, 1, 2].map(
      () =>
        new Promise<number>((resolve) => {
          const c = spawn(process.execPath, [BIN, 'lint', '--fix', '-t', 'none', '.'], {
            cwd: dir,
            stdio: 'ignore',
          });
          c.once('exit', (code) => resolve(code ?? -1));
        }),
    );
    const codes = await Promise.all(runs);
    // A run that found a file already fixed by another refuses to write it (exit 2) or finds nothing to do.
    for (const code of codes) expect([0, 2]).toContain(code);
    for (const rel of Object.keys(files)) expect(readFileSync(path.join(dir, rel), 'utf8')).toBe(FIXED);
    for (let i = 0; i < 30; i++) expect(leftovers(path.join(dir, `d${i}`))).toEqual([]);
  });

  it('stops when stdout closes and says which files were written', async () => {
    const files = Object.fromEntries(
      Array.from({ length: 120 }, (_, i) => [`Dockerfile.${String(i).padStart(3, '0')}`, MISSING_YES]),
    );
    const dir = tree(files);
    const child = spawn(process.execPath, [BIN, 'lint', '--fix', '.'], {
      cwd: dir,
      env: { ...process.env, NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.stdout.once('data', () => child.stdout.destroy()); // `| head -1`
    const code = await new Promise((resolve) => child.once('exit', resolve));
    const fixed = Object.keys(files).filter((f) => readFileSync(path.join(dir, f), 'utf8') === FIXED);
    const untouched = Object.keys(files).filter(
      (f) => readFileSync(path.join(dir, f), 'utf8') === MISSING_YES,
    );
    expect(fixed.length + untouched.length).toBe(120);
    expect(code).toBe(2);
    expect(stderr).toContain('standard output was closed');
    expect(stderr).toContain(
      `${fixed.length} file${fixed.length === 1 ? ' was' : 's were'} fixed and written`,
    );
    expect(stderr).toContain(`the other ${untouched.length} were not changed`);
  });

  it('keeps bytes that are not UTF-8 (a Latin-1 comment) and the rest of the file', () => {
    const latin1 = Buffer.concat([
      Buffer.from('# caf'),
      Buffer.from([0xe9]),
      Buffer.from('\n'),
      Buffer.from(MISSING_YES),
    ]);
    const dir = tree({ Dockerfile: latin1 });
    const r = dop(['lint', '--fix', 'Dockerfile'], { cwd: dir });
    expect(r.stderr).toBe('');
    const after = readFileSync(path.join(dir, 'Dockerfile'));
    expect(after.subarray(0, 7).equals(latin1.subarray(0, 7))).toBe(true);
    expect(after.toString('latin1')).toBe(`# caf\u00e9\n${FIXED}`);
  });

  it('dop rewrite -o into a folder that does not exist says so and writes nothing', () => {
    const dir = tree({ Dockerfile: MISSING_YES });
    const r = dop(
      ['rewrite', 'Dockerfile', '-o', 'nowhere/Dockerfile', '--dockerignore', 'none/.dockerignore'],
      { cwd: dir },
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/nowhere\/Dockerfile: not written: no such folder; nothing was written/);
    mkdirSync(path.join(dir, 'out'));
    const r2 = dop(
      ['rewrite', 'Dockerfile', '-o', 'out/Dockerfile', '--dockerignore', 'none/.dockerignore'],
      { cwd: dir },
    );
    expect(r2.code).toBe(2);
    expect(r2.stderr).toMatch(/none\/\.dockerignore: not written: no such folder/);
  });
});

function realFs() {
  return {
    open: fsp.open,
    readFile: (p: string) => fsp.readFile(p),
    stat: fsp.stat,
    rename: fsp.rename,
    unlink: fsp.unlink,
    chmod: fsp.chmod,
    chown: fsp.chown,
    realpath: fsp.realpath,
  };
}
