/**
 * A private Docker Engine for the lab: its own socket, data root and pid file under the lab's cache
 * directory, started by us and stopped by its PID. A system engine is never used or touched.
 * Debian's client (/usr/bin/docker, 20.10) is used because a newer client elsewhere on PATH
 * refuses to build without buildx.
 */
import { type SpawnOptions, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const CACHE_DIR = process.env.DOP_LAB_CACHE ?? path.join(os.homedir(), '.cache', 'dop-lab');
const ENGINE_DIR = path.join(CACHE_DIR, 'engine');
const SOCKET = path.join(ENGINE_DIR, 'docker.sock');
const PID_FILE = path.join(ENGINE_DIR, 'docker.pid');
// One lab engine at a time on this machine (lab runs and test runs in several checkouts share the
// data root): a lock directory holding the owner's pid; a dead owner's lock is taken over.
const LOCK_DIR = path.join(CACHE_DIR, 'engine.lock');
const LOCK_OWNER = path.join(LOCK_DIR, 'owner');
export const DOCKER_CLIENT = '/usr/bin/docker';
const DOCKERD = '/usr/sbin/dockerd';

/** Why the engine cannot run here, or null when it can (possibly after installing it as root). */
export function engineUnavailableReason(): string | null {
  if (process.platform !== 'linux') return `the build lab needs Linux (this is ${process.platform})`;
  if (hasEnginePackages()) {
    if (process.getuid?.() !== 0)
      return 'dockerd is installed but the lab starts its own engine, which needs root';
    return null;
  }
  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) return null;
  return 'Docker Engine is not installed: run `apt-get install -y docker.io debootstrap` as root (the lab starts its own dockerd on a private socket, which needs root)';
}

function hasEnginePackages(): boolean {
  return existsSync(DOCKERD) && existsSync(DOCKER_CLIENT) && existsSync('/usr/sbin/debootstrap');
}

/** Installs Debian's docker.io and debootstrap when missing (root only). */
export function ensureEnginePackages(log: (s: string) => void): void {
  if (hasEnginePackages()) return;
  if (process.getuid?.() !== 0) throw new Error(engineUnavailableReason() ?? 'engine missing');
  log('installing docker.io and debootstrap with apt-get (once)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [
    ['update', '-qq'],
    ['install', '-y', '-qq', 'docker.io', 'debootstrap'],
  ]) {
    const r = spawnSync('apt-get', args, { env, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`apt-get ${args.join(' ')} failed: ${r.stderr.slice(-800)}`);
  }
}

export interface Engine {
  /** Environment for the docker client: DOCKER_HOST at our socket, BuildKit on. */
  env: NodeJS.ProcessEnv;
  pid: number;
  /** Stops dockerd (SIGTERM, then SIGKILL after 30 s) and waits until it has exited. */
  stop(): Promise<void>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export function clientEnv(): NodeJS.ProcessEnv {
  return { ...process.env, DOCKER_HOST: `unix://${SOCKET}`, DOCKER_BUILDKIT: '1', DOCKER_CLI_HINTS: 'false' };
}

/**
 * Starts dockerd on the lab's socket and waits until it answers. An engine left running by an
 * earlier lab run that was killed (its pid file points at a live dockerd with our socket) is
 * stopped first, so every run owns the engine it uses.
 */
export async function startEngine(log: (s: string) => void): Promise<Engine> {
  ensureEnginePackages(log);
  mkdirSync(ENGINE_DIR, { recursive: true });
  await acquireLock(log);
  try {
    return await launch(log);
  } catch (err) {
    releaseLock();
    throw err;
  }
}

async function acquireLock(log: (s: string) => void): Promise<void> {
  let waiting = false;
  for (;;) {
    try {
      mkdirSync(LOCK_DIR);
      writeFileSync(LOCK_OWNER, String(process.pid));
      return;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    let owner = Number.NaN;
    try {
      owner = Number(readFileSync(LOCK_OWNER, 'utf8'));
    } catch {
      // the owner is between mkdir and writing its pid
    }
    if (Number.isInteger(owner) && owner > 0 && !alive(owner)) {
      rmSync(LOCK_DIR, { recursive: true, force: true });
      continue;
    }
    if (!waiting) log(`another lab run (pid ${owner}) is using the engine; waiting for it to finish…`);
    waiting = true;
    await sleep(2000);
  }
}

function releaseLock(): void {
  try {
    if (Number(readFileSync(LOCK_OWNER, 'utf8')) === process.pid)
      rmSync(LOCK_DIR, { recursive: true, force: true });
  } catch {
    // not ours or already gone
  }
}

async function launch(log: (s: string) => void): Promise<Engine> {
  stopStale(log);
  rmSync(SOCKET, { force: true });
  const logFd = openSync(path.join(ENGINE_DIR, 'dockerd.log'), 'w');
  const child = spawn(
    DOCKERD,
    [
      '--data-root',
      path.join(ENGINE_DIR, 'data'),
      '--exec-root',
      path.join(ENGINE_DIR, 'exec'),
      '--host',
      `unix://${SOCKET}`,
      '--pidfile',
      PID_FILE,
      '--bridge=none',
      '--iptables=false',
      '--ip-masq=false',
    ],
    { stdio: ['ignore', logFd, logFd], detached: false },
  );
  const pid = child.pid;
  if (pid === undefined) throw new Error('dockerd did not start');
  let exited: number | null = null;
  child.on('exit', (code) => {
    exited = code ?? -1;
  });
  const env = clientEnv();
  const exitedPromise = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  const stop = async () => {
    if (exited === null) {
      process.kill(pid, 'SIGTERM');
      const killed = await Promise.race([exitedPromise.then(() => true), sleep(30_000).then(() => false)]);
      if (!killed) {
        process.kill(pid, 'SIGKILL');
        await exitedPromise;
      }
    }
    releaseLock();
  };
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (exited !== null)
      throw new Error(`dockerd exited (${exited}): ${tail(path.join(ENGINE_DIR, 'dockerd.log'))}`);
    if (spawnSync(DOCKER_CLIENT, ['version', '--format', '{{.Server.Version}}'], { env }).status === 0) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`dockerd did not answer within 60 s: ${tail(path.join(ENGINE_DIR, 'dockerd.log'))}`);
    }
    await sleep(300);
  }
  log(`engine up (dockerd pid ${pid}, socket ${SOCKET})`);
  return { env, pid, stop };
}

function stopStale(log: (s: string) => void): void {
  if (!existsSync(PID_FILE)) return;
  const pid = Number(readFileSync(PID_FILE, 'utf8').trim());
  if (!Number.isInteger(pid) || pid <= 0 || !alive(pid)) return;
  const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
  if (!cmdline[0]?.endsWith('dockerd') || !cmdline.includes(`unix://${SOCKET}`)) return;
  log(`stopping the lab engine an earlier run left (pid ${pid})`);
  process.kill(pid, 'SIGTERM');
  const until = Date.now() + 20_000;
  while (alive(pid) && Date.now() < until) spawnSync('sleep', ['0.2']);
}

function tail(file: string): string {
  try {
    return readFileSync(file, 'utf8').slice(-1500);
  } catch {
    return '(no log)';
  }
}

export interface RunResult {
  status: number;
  stdout: string;
  stderr: string;
  seconds: number;
}

/** Runs the docker client against our engine; never throws on a non-zero exit. */
export function docker(
  engine: Pick<Engine, 'env'>,
  args: string[],
  options: SpawnOptions & { input?: string; timeoutMs?: number } = {},
): Promise<RunResult> {
  return new Promise((resolve) => {
    const start = performance.now();
    const child = spawn(DOCKER_CLIENT, args, {
      env: engine.env,
      cwd: options.cwd,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (d) => {
      stdout += d;
    });
    child.stderr?.on('data', (d) => {
      stderr += d;
    });
    const timer = options.timeoutMs ? setTimeout(() => child.kill('SIGKILL'), options.timeoutMs) : null;
    child.on('close', (code) => {
      if (timer) clearTimeout(timer);
      resolve({ status: code ?? -1, stdout, stderr, seconds: (performance.now() - start) / 1000 });
    });
    if (options.input !== undefined) child.stdin?.end(options.input);
    else child.stdin?.end();
  });
}
