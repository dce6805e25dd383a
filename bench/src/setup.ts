/** Installs the peers into bench/.peers (npm) and their Debian helpers; a failure skips that peer. */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PEERS, type Peer } from './peers.js';

export const BENCH_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const PEERS_DIR = path.join(BENCH_DIR, '.peers');

/** Shell parsers compared for RUN bodies (issue 3's measurement), installed beside the peers. */
export const SHELL_PARSERS = ['mvdan-sh@0.10.1', 'bash-parser@0.5.0', 'sh-syntax@0.7.0', 'esbuild@0.25.12'];

export interface Ready {
  peer: Peer;
  bin: string;
}

export interface Skipped {
  peer: Peer;
  why: string;
}

export function installPeers(log: (s: string) => void): { ready: Ready[]; skipped: Skipped[] } {
  mkdirSync(PEERS_DIR, { recursive: true });
  if (!existsSync(path.join(PEERS_DIR, 'package.json'))) {
    writeFileSync(path.join(PEERS_DIR, 'package.json'), '{ "private": true }\n');
  }
  const wanted = [...PEERS.map((p) => p.npm), ...SHELL_PARSERS].filter((spec) => !installed(spec));
  if (wanted.length > 0) {
    log(`installing ${wanted.join(', ')} into bench/.peers …`);
    // --ignore-scripts: none of them needs an install script, and dockerlinter's fails here.
    const r = spawnSync(
      'npm',
      ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--prefix', PEERS_DIR, ...wanted],
      {
        encoding: 'utf8',
      },
    );
    if (r.status !== 0) log(`npm install failed: ${r.stderr.split('\n').slice(-5).join(' ')}`);
  }
  const ready: Ready[] = [];
  const skipped: Skipped[] = [];
  for (const peer of PEERS) {
    const bin = path.join(PEERS_DIR, 'node_modules', '.bin', peer.bin);
    if (!existsSync(bin)) {
      skipped.push({ peer, why: `${peer.npm} could not be installed from the npm registry` });
      continue;
    }
    const missing = (peer.apt ?? []).filter((a) => !onPath(a.bin) && !aptInstall(a.pkg, log));
    if (missing.length > 0) {
      skipped.push({
        peer,
        why: `needs ${missing.map((m) => m.pkg).join(', ')} (apt-get install ${missing.map((m) => m.pkg).join(' ')})`,
      });
      continue;
    }
    ready.push({ peer, bin });
  }
  return { ready, skipped };
}

/** Installs only the named peers' npm packages (no Debian helpers): for the analyzer's own bench. */
export function installPeerPackages(ids: readonly string[], log: (s: string) => void): void {
  mkdirSync(PEERS_DIR, { recursive: true });
  if (!existsSync(path.join(PEERS_DIR, 'package.json'))) {
    writeFileSync(path.join(PEERS_DIR, 'package.json'), '{ "private": true }\n');
  }
  const wanted = PEERS.filter((p) => ids.includes(p.id) && !installed(p.npm)).map((p) => p.npm);
  if (wanted.length === 0) return;
  log(`installing ${wanted.join(', ')} into bench/.peers …`);
  const r = spawnSync(
    'npm',
    ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--prefix', PEERS_DIR, ...wanted],
    { encoding: 'utf8' },
  );
  if (r.status !== 0) log(`npm install failed: ${r.stderr.split('\n').slice(-5).join(' ')}`);
}

function installed(spec: string): boolean {
  const name = spec.slice(0, spec.lastIndexOf('@'));
  return existsSync(path.join(PEERS_DIR, 'node_modules', name, 'package.json'));
}

function onPath(bin: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${bin}`]).status === 0;
}

function aptInstall(pkg: string, log: (s: string) => void): boolean {
  if (process.getuid?.() !== 0) return false;
  log(`apt-get install ${pkg} …`);
  try {
    execFileSync('apt-get', ['install', '-y', '--no-install-recommends', pkg], { stdio: 'ignore' });
    return true;
  } catch {
    try {
      execFileSync('apt-get', ['update'], { stdio: 'ignore' });
      execFileSync('apt-get', ['install', '-y', '--no-install-recommends', pkg], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  }
}
