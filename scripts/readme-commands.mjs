#!/usr/bin/env node
/**
 * Runs the README's two setup commands the way a new user on a fresh machine does: an empty npm
 * cache, no pnpm on PATH, no terminal to answer a prompt. CI runs this, so the README cannot go
 * stale without CI failing.
 *
 *   node scripts/readme-commands.mjs            # here: the serve command (until the page answers), then the test command
 *   node scripts/readme-commands.mjs --scratch  # the same in a fresh clone of HEAD, in a temporary folder
 *   node scripts/readme-commands.mjs --only serve|test
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = fileURLToPath(new URL('..', import.meta.url));
const SERVE_LIMIT_MS = 5 * 60_000;

const args = process.argv.slice(2);
const scratch = args.includes('--scratch');
const onlyAt = args.indexOf('--only');
const only = onlyAt >= 0 ? args[onlyAt + 1] : undefined;
if (only !== undefined && only !== 'serve' && only !== 'test')
  usage(`--only takes serve or test, not ${only}`);

const commands = readmeCommands(readFileSync(join(REPO, 'README.md'), 'utf8'));
const temp = mkdtempSync(join(tmpdir(), 'dop-readme-'));
let cwd = REPO;
if (scratch) {
  cwd = join(temp, 'clone');
  must(
    spawnSync('git', ['clone', '--quiet', '--no-hardlinks', REPO, cwd], { stdio: 'inherit' }),
    'git clone',
  );
  console.log(`scratch clone of HEAD: ${cwd}`);
}
const env = newUserEnv(join(temp, 'npm-cache'));

let status = 0;
try {
  if (only !== 'test') await serve(commands.serve);
  if (only !== 'serve') status = test(commands.test);
} catch (e) {
  console.error(`readme-commands: ${e instanceof Error ? e.message : String(e)}`);
  status = 1;
} finally {
  rmSync(temp, { recursive: true, force: true, maxRetries: 3 });
}
process.exit(status);

/** The first ```sh block of the README: the line that serves (`… dev`) and the line that tests (`… test`). */
function readmeCommands(readme) {
  const block = /```sh\n([\s\S]*?)```/.exec(readme);
  if (!block) throw new Error('README.md has no ```sh block');
  const lines = block[1]
    .split('\n')
    .map((l) => l.replace(/\s+#.*$/, '').trim())
    .filter(Boolean);
  const find = (script) => lines.find((l) => new RegExp(`\\b${script}$`).test(l));
  const serveLine = find('dev');
  const testLine = find('test');
  if (!serveLine || !testLine)
    throw new Error(
      `README.md's first sh block must hold a "… dev" and a "… test" line:\n${lines.join('\n')}`,
    );
  return { serve: serveLine, test: testLine };
}

/** The environment of a new user: no pnpm anywhere on PATH, an npm cache never used, CI set, no colour codes. */
function newUserEnv(npmCache) {
  const path = (process.env.PATH ?? '')
    .split(delimiter)
    .filter((dir) => dir && !['pnpm', 'pnpx'].some((bin) => isFile(join(dir, bin))))
    .join(delimiter);
  const env = { ...process.env, PATH: path, npm_config_cache: npmCache, CI: 'true', FORCE_COLOR: '0' };
  for (const key of Object.keys(env))
    if (/^(npm_|PNPM_|pnpm_)/.test(key) && key !== 'npm_config_cache') delete env[key];
  return env;
}

function isFile(p) {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

/** Starts the serve command, waits for the playground to answer with its page and its entry module, then stops it. */
async function serve(line) {
  console.log(`\n$ ${line}`);
  const child = spawn('bash', ['-c', line], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  const url = new Promise((resolve) => {
    const read = (chunk) => {
      output += chunk.toString();
      process.stdout.write(chunk);
      // Vite prints "Local:   http://localhost:5173/" (another port when 5173 is taken)
      const m = /Local:\s+(http:\/\/\S+?)\/?\s/.exec(output.replace(/\u001b\[[0-9;]*m/g, ''));
      if (m) resolve(m[1]);
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
  });
  const exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
  const stop = (signal) => {
    try {
      process.kill(-child.pid, signal); // the whole group: bash, npx, pnpm, vite
    } catch {}
  };
  try {
    const started = await Promise.race([
      url,
      exited.then((code) => Promise.reject(new Error(`the serve command exited (${code}) before serving`))),
      timeout(SERVE_LIMIT_MS, 'the serve command did not start serving'),
    ]);
    const page = await fetchText(`${started}/`);
    if (!page.includes('<div id="root">'))
      throw new Error(`${started}/ did not answer with the playground's page`);
    const entry = /<script type="module" src="([^"]+)"/g;
    const scripts = [...page.matchAll(entry)].map((m) => m[1]);
    if (scripts.length === 0) throw new Error('the page names no module script');
    for (const src of scripts) await fetchText(new URL(src, `${started}/`).href);
    console.log(`serve: ${started}/ answered with the playground and its ${scripts.length} module script(s)`);
  } finally {
    stop('SIGTERM');
    await Promise.race([exited, timeout(10_000, '').catch(() => stop('SIGKILL'))]);
  }
}

/** Runs the test command to its end; its exit status is ours. */
function test(line) {
  console.log(`\n$ ${line}`);
  const r = spawnSync('bash', ['-c', line], { cwd, env, stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.error) throw r.error;
  console.log(`test command exit status: ${r.status}`);
  return r.status ?? 1;
}

async function fetchText(url) {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return res.text();
}

function timeout(ms, message) {
  return new Promise((_, reject) => setTimeout(() => reject(new Error(message)), ms).unref());
}

function must(r, what) {
  if (r.status !== 0) throw new Error(`${what} failed (${r.status})`);
}

function usage(message) {
  console.error(`readme-commands: ${message}`);
  process.exit(2);
}
