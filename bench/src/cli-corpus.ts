/** Part 1: the whole corpus from the command line, ours and each runnable peer, as their users run them. */
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PeerFinding } from './peers.js';
import type { Ready } from './setup.js';
import { round, stats } from './stats.js';

const DOP_BIN = fileURLToPath(new URL('../../packages/cli/bin/dop.mjs', import.meta.url));
const PER_FILE_TIMEOUT_MS = 20_000;

export interface CliResult {
  tool: string;
  method: string;
  runs: number;
  files: number;
  wallSeconds: { median: number; min: number; max: number };
  filesPerSecond: number;
  peakRssMB: number;
  crashes: number;
  timeouts: number;
  crashedFiles: string[];
  /** Per file (corpus-relative path) → the tool's findings, for the agreement part. */
  findings: Map<string, PeerFinding[]>;
}

/** Runs a command under GNU time to learn its peak resident memory. */
function timed(cmd: string, args: string[], timeoutMs: number, cwd?: string, toFile = false) {
  // Output to a file rather than a pipe: a CLI that calls process.exit() right after printing
  // (dockerfilelint does) loses whatever the pipe had not taken yet; a file takes it all at once.
  const outFile = toFile ? path.join(mkdtempSync(path.join(tmpdir(), 'dop-bench-')), 'stdout') : null;
  const fd = outFile ? openSync(outFile, 'w') : null;
  const started = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-f', '__MAXRSS_KB=%M', cmd, ...args], {
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
    timeout: timeoutMs,
    killSignal: 'SIGKILL',
    ...(fd !== null ? { stdio: ['ignore', fd, 'pipe'] } : {}),
    ...(cwd ? { cwd } : {}),
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  let stdout = r.stdout ?? '';
  if (fd !== null && outFile) {
    closeSync(fd);
    stdout = readFileSync(outFile, 'utf8');
    rmSync(path.dirname(outFile), { recursive: true, force: true });
  }
  const m = /__MAXRSS_KB=(\d+)/.exec(r.stderr ?? '');
  return {
    ms,
    stdout,
    stderr: (r.stderr ?? '').replace(/__MAXRSS_KB=\d+\n?/, ''),
    status: r.status,
    timedOut: r.error !== undefined || r.signal === 'SIGKILL',
    rssKB: m ? Number(m[1]) : 0,
  };
}

/** Ours: one process over the folder, every rule plus the rewriter on each file. */
/** Ours over the whole corpus in one process; `withRewrite` also rewrites every file (the default). */
export function runOurs(
  corpus: string,
  files: readonly string[],
  runs: number,
  withRewrite = true,
): CliResult {
  const walls: number[] = [];
  let rss = 0;
  let last = '';
  let crashes = 0;
  for (let i = 0; i < runs; i++) {
    const r = timed(
      process.execPath,
      [
        DOP_BIN,
        'lint',
        // the corpus folder is a collection of unrelated files, nobody's build context (and the peers read none)
        '--no-context',
        '--format',
        'json',
        '-t',
        'none',
        ...(withRewrite ? ['--with-rewrite'] : []),
        ...files,
      ],
      600_000,
      corpus,
      true,
    );
    walls.push(r.ms / 1000);
    rss = Math.max(rss, r.rssKB);
    last = r.stdout;
    if (r.status !== 0) crashes++;
  }
  const doc = JSON.parse(last) as {
    files: {
      path: string;
      error?: string;
      findings: { ruleId: string; range: { start: { line: number } } }[];
    }[];
  };
  const findings = new Map<string, PeerFinding[]>();
  for (const f of doc.files)
    findings.set(
      f.path,
      f.findings.map((x) => ({ line: x.range.start.line, code: x.ruleId })),
    );
  const failed = doc.files.filter((f) => f.error).map((f) => f.path);
  return summarize(
    'dop (ours)',
    withRewrite
      ? 'one process, worker threads, all rules + rewriter'
      : 'one process, worker threads, all rules, no rewrite',
    runs,
    files.length,
    walls,
    rss,
    crashes + failed.length,
    0,
    failed,
    findings,
  );
}

/**
 * Ours run the way the peers that take one file are run: one process per file, so the process
 * start is paid on every file, as it is for them. The like-for-like row beside theirs.
 */
export function runOursPerFile(
  corpus: string,
  files: readonly string[],
  runs: number,
  progress: (s: string) => void,
) {
  const ours: Ready = {
    bin: process.execPath,
    peer: {
      id: 'dop',
      name: 'dop (ours)',
      npm: '',
      bin: 'dop',
      args: (f) => [DOP_BIN, 'lint', '--no-context', '--format', 'json', '-t', 'none', '--with-rewrite', f],
      parse: (out) =>
        (
          JSON.parse(out) as {
            files: { findings: { ruleId: string; range: { start: { line: number } } }[] }[];
          }
        ).files.flatMap((f) => f.findings.map((x) => ({ line: x.range.start.line, code: x.ruleId }))),
      map: {},
      note: '',
    },
  };
  return runPeer(ours, corpus, files, runs, progress);
}

/**
 * A peer whose CLI takes many files, run over the whole corpus in one process (as its users run it
 * over a repository). A crash on one file ends such a run with no output at all (dockerfilelint
 * does that), so the files the one-file runs crashed or timed out on are left out, as a user would
 * have to: `handledAlone` is the per-file result.
 */
export function runPeerMany(
  ready: Ready,
  corpus: string,
  all: readonly string[],
  runs: number,
  handledAlone: CliResult,
): CliResult | null {
  const { many, parseMany } = ready.peer;
  if (!many || !parseMany) return null;
  const failed = new Set(handledAlone.crashedFiles.map((f) => f.replace(/ \(timeout\)$/, '')));
  const files = all.filter((f) => !failed.has(f));
  const walls: number[] = [];
  let rss = 0;
  let crashes = 0;
  let findings = new Map<string, PeerFinding[]>();
  for (let run = 0; run < runs; run++) {
    const r = timed(ready.bin, many(files), 600_000, corpus, true);
    walls.push(r.ms / 1000);
    rss = Math.max(rss, r.rssKB);
    try {
      findings = parseMany(r.stdout);
    } catch {
      crashes++;
    }
  }
  return summarize(
    ready.peer.name,
    failed.size > 0
      ? `one process, all files but the ${failed.size} it crashes on (one of them ends the whole run)`
      : 'one process, all files',
    runs,
    files.length,
    walls,
    rss,
    crashes,
    0,
    [],
    findings,
  );
}

/** A peer, one process per file (the CLIs of dockerfile-utils, dockerfile_lint and dockerlinter take one file), sequentially. */
export function runPeer(
  ready: Ready,
  corpus: string,
  files: readonly string[],
  runs: number,
  progress: (s: string) => void,
): CliResult {
  const walls: number[] = [];
  let rss = 0;
  let crashes = 0;
  let timeouts = 0;
  const crashedFiles: string[] = [];
  const findings = new Map<string, PeerFinding[]>();
  for (let run = 0; run < runs; run++) {
    let wall = 0;
    files.forEach((file, i) => {
      if (i % 100 === 0) progress(`${ready.peer.id}: run ${run + 1}/${runs}, ${i}/${files.length}`);
      const r = timed(ready.bin, ready.peer.args(path.join(corpus, file)), PER_FILE_TIMEOUT_MS);
      wall += r.ms;
      rss = Math.max(rss, r.rssKB);
      if (run > 0) return;
      if (r.timedOut) {
        timeouts++;
        crashedFiles.push(`${file} (timeout)`);
        return;
      }
      try {
        // A failing exit with nothing on stdout is a crash (dockerlinter dies that way on 28
        // corpus files), not a file without findings.
        if (r.status !== 0 && r.stdout.trim() === '') throw new Error('no output');
        findings.set(file, ready.peer.parse(r.stdout));
      } catch {
        crashes++;
        crashedFiles.push(file);
      }
    });
    walls.push(wall / 1000);
  }
  return summarize(
    ready.peer.name,
    'one process per file',
    runs,
    files.length,
    walls,
    rss,
    crashes,
    timeouts,
    crashedFiles,
    findings,
  );
}

function summarize(
  tool: string,
  method: string,
  runs: number,
  files: number,
  walls: number[],
  rssKB: number,
  crashes: number,
  timeouts: number,
  crashedFiles: string[],
  findings: Map<string, PeerFinding[]>,
): CliResult {
  const s = stats(walls);
  return {
    tool,
    method,
    runs,
    files,
    wallSeconds: { median: round(s.median, 2), min: round(s.min, 2), max: round(s.max, 2) },
    filesPerSecond: round(files / s.median, 1),
    peakRssMB: round(rssKB / 1024, 1),
    crashes,
    timeouts,
    crashedFiles,
    findings,
  };
}
