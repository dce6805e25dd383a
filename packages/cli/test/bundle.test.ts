import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MISSING_YES, tree } from './fixtures.js';
import { dop } from './run.js';

const CLI = fileURLToPath(new URL('..', import.meta.url));
// Inside packages/cli, as dist/ is: the bundle reads ../package.json for its version.
let out = '';

/** Runs the bundle the way bin/dop.mjs does: import main and call it with the arguments. */
function bundled(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [path.join(out, 'run.mjs'), ...args], {
    cwd,
    encoding: 'utf8',
    // Two threads even on a two-core machine (where the default is none): the workers' bundle is tested too.
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '', DOP_LANG: '', DOP_THREADS: '2' },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

describe('the bundled CLI (packages/cli/build.mjs)', () => {
  beforeAll(() => {
    out = mkdtempSync(path.join(CLI, '.bundle-test-'));
    const b = spawnSync(process.execPath, [path.join(CLI, 'build.mjs'), out], { encoding: 'utf8' });
    expect(b.stderr).toBe('');
    expect(b.status).toBe(0);
    writeFileSync(
      path.join(out, 'run.mjs'),
      "const { main } = await import('./main.js');\nprocess.exitCode = await main(process.argv.slice(2));\n",
    );
  }, 120_000); // esbuild over the whole CLI: seconds alone, much longer on a loaded 2-core machine
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('knows its version', () => {
    const version = JSON.parse(readFileSync(path.join(CLI, 'package.json'), 'utf8')).version;
    expect(bundled(['--version'], CLI).stdout.trim()).toBe(version);
  });

  it('lints like the sources do, in process and on worker threads', () => {
    // 70 files: past the count from which the CLI uses worker threads
    const files: Record<string, string> = {};
    for (let i = 0; i < 70; i++)
      files[`svc${i}/Dockerfile`] = i % 2 ? MISSING_YES : 'FROM alpine\nRUN apk add curl\n';
    const dir = tree(files);
    for (const target of [['svc1/Dockerfile'], ['.']]) {
      const args = ['lint', '--format', 'json', '-t', 'none', '--with-rewrite', ...target];
      const fromBundle = bundled(args, dir);
      const fromBin = dop(args, { cwd: dir });
      expect(fromBundle.code).toBe(0);
      expect(fromBundle.stderr).toBe('');
      const files = JSON.parse(fromBundle.stdout).files;
      expect(files).toHaveLength(target[0] === '.' ? 70 : 1);
      expect(files[0].findings.length).toBeGreaterThan(0);
      expect(fromBundle.stdout).toBe(fromBin.stdout);
    }
  });
});
