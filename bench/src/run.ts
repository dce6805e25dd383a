/**
 * `pnpm bench`: ours and the peers on the same files in the same run. Writes bench/results/latest.json
 * and bench/results/latest.md. Options: USAGE below (`--help`).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { corpusDir, corpusEntries } from '@dop/analyzer/testing';
import { commandLine, wholeNumberOption } from '../../scripts/command-line.js';
import { agreement, dockerfileUtilsFindings, type PairAgreement, type Unmapped } from './agreement.js';
import { type BrowserResult, measureBrowser } from './browser.js';
import { type CliResult, runOurs, runOursPerFile, runPeer, runPeerMany } from './cli-corpus.js';
import { type PracticeCoverage, practiceCoverage } from './coverage.js';
import { type InProcessResult, measureInProcess } from './in-process.js';
import { loadShippedLibrary } from './shipped.js';
import { NOT_RUNNABLE } from './peers.js';
import { markdown } from './report.js';
import { type FuzzResult, longFuzz, type ScalingRow, scaling } from './robustness.js';
import { BENCH_DIR, installPeers } from './setup.js';
import { compareShellParsers, type ParserResult } from './shell-parsers.js';

export interface BenchResults {
  machine: { date: string; cpus: number; cpuModel: string; node: string; memoryGB: number };
  corpusFiles: number;
  cli: Omit<CliResult, 'findings'>[];
  skipped: { name: string; why: string }[];
  notRunnable: { name: string; why: string }[];
  inProcess: InProcessResult | null;
  browser: BrowserResult | null;
  browserSkipped?: string;
  shellParsers: ParserResult[];
  agreement: { pairs: PairAgreement[]; unmapped: Unmapped[] };
  coverage: PracticeCoverage[];
  /** The long fuzz run and the scaling of once-slow input shapes. */
  fuzz?: FuzzResult | null;
  scaling?: ScalingRow[];
}

const USAGE = `
Usage: npx --yes pnpm@10 bench [options]

Ours and the peers on the same files in the same run; writes bench/results/latest.{json,md}.

  --runs N            runs of a whole-corpus process (default 5)
  --peer-runs N       runs of one process per file (default 3)
  --browser-runs N    runs in the browser (default 3)
  --sample N          only the first N corpus files, for a quick look
  --fuzz N            mutants in the long fuzz run (default 3000)
  --skip LIST         parts to leave out, comma-separated: cli,inproc,browser,shell,fuzz,scaling
  -h, --help          this text
`;
const values = commandLine(USAGE, {
  runs: { type: 'string', default: '5' },
  'peer-runs': { type: 'string', default: '3' },
  'browser-runs': { type: 'string', default: '3' },
  sample: { type: 'string' },
  skip: { type: 'string', default: '' },
  fuzz: { type: 'string', default: '3000' },
});
const runs = wholeNumberOption(values.runs, '--runs', USAGE);
const perFileRuns = wholeNumberOption(values['peer-runs'], '--peer-runs', USAGE);
const browserRuns = wholeNumberOption(values['browser-runs'], '--browser-runs', USAGE);
const fuzzMutants = wholeNumberOption(values.fuzz, '--fuzz', USAGE, 0);
const sample = values.sample === undefined ? undefined : wholeNumberOption(values.sample, '--sample', USAGE);
const skip = new Set(values.skip.split(',').filter(Boolean));
const unknownParts = [...skip].filter(
  (p) => !['cli', 'inproc', 'browser', 'shell', 'fuzz', 'scaling'].includes(p),
);
if (unknownParts.length) {
  process.stderr.write(`--skip: no part named ${unknownParts.join(', ')}\n\n${USAGE.trim()}\n`);
  process.exit(2);
}
const log = (s: string) => process.stderr.write(`[bench] ${s}\n`);

const dir = corpusDir();
if (!dir) {
  log(
    'the corpus is missing (no manifest.json at ../shared/corpus nor at $DOP_CORPUS): skipping the benchmark;',
  );
  log('nothing was measured and bench/results was left as it was. Put the corpus there and rerun.');
  process.exit(0);
}
let entries = corpusEntries(dir);
if (sample) entries = entries.slice(0, sample);
const files = entries.map((e) => e.file);
const texts = files.map((f) => readFileSync(path.join(dir, f), 'utf8'));
log(`${files.length} corpus files`);

const { ready, skipped } = installPeers(log);
const results: BenchResults = {
  machine: {
    date: new Date().toISOString().slice(0, 10),
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown',
    node: process.versions.node,
    memoryGB: Math.round(os.totalmem() / 1024 ** 3),
  },
  corpusFiles: files.length,
  cli: [],
  skipped: skipped.map((s) => ({ name: s.peer.name, why: s.why })),
  notRunnable: NOT_RUNNABLE,
  inProcess: null,
  browser: null,
  shellParsers: [],
  agreement: { pairs: [], unmapped: [] },
  coverage: practiceCoverage(),
};

if (!skip.has('cli')) {
  // The CLI as it ships: bundled (bin/dop.mjs runs the bundle when it is fresh, else tsx).
  log('CLI: bundling ours (packages/cli/build.mjs) …');
  const built = spawnSync(
    process.execPath,
    [fileURLToPath(new URL('../../packages/cli/build.mjs', import.meta.url))],
    {
      encoding: 'utf8',
    },
  );
  if (built.status !== 0) log(`bundling failed, the CLI runs from its sources through tsx: ${built.stderr}`);
  // Every run of ours uses this bundle, even if a source is edited while the bench runs.
  else process.env.DOP_BUNDLE = '1';
  log('CLI: ours …');
  const ours = runOurs(dir, files, runs);
  log('CLI: ours, lint only …');
  const oursLintOnly = runOurs(dir, files, runs, false);
  log('CLI: ours, one process per file …');
  const oursPerFile = runOursPerFile(dir, files, perFileRuns, log);
  const peerRuns: CliResult[] = [];
  const manyRuns: CliResult[] = [];
  for (const r of ready) {
    log(`CLI: ${r.peer.name} (one process per file) …`);
    const alone = runPeer(r, dir, files, perFileRuns, log);
    peerRuns.push(alone);
    // Cheap (one process over the corpus), so as many runs as ours.
    const many = runPeerMany(r, dir, files, runs, alone);
    if (many) manyRuns.push(many);
  }
  results.cli = [ours, oursLintOnly, oursPerFile, ...peerRuns, ...manyRuns].map(
    ({ findings: _, ...rest }) => rest,
  );
  for (const [i, r] of ready.entries()) {
    // dockerfile-utils' CLI prints messages only: its codes come from the API on the same files.
    const theirs =
      r.peer.id === 'dockerfile-utils'
        ? dockerfileUtilsFindings(files.map((file, j) => ({ file, text: texts[j]! })))
        : peerRuns[i]!.findings;
    if (!theirs) continue;
    const a = agreement(r.peer, theirs, ours.findings);
    results.agreement.pairs.push(...a.pairs);
    results.agreement.unmapped.push(...a.unmapped);
  }
}
if (!skip.has('inproc')) results.inProcess = measureInProcess(texts, log, await loadShippedLibrary(log));
if (!skip.has('shell')) results.shellParsers = await compareShellParsers(texts, log);
if (skip.has('browser')) results.browserSkipped = 'skipped with --skip browser';
else {
  const b = await measureBrowser(log, texts, files, browserRuns);
  if ('skipped' in b) results.browserSkipped = b.skipped;
  else results.browser = b;
}

if (!skip.has('fuzz')) {
  log(`fuzz: ${fuzzMutants} mutants …`);
  results.fuzz = longFuzz(
    files.map((name, i) => ({ name, text: texts[i]! })),
    fuzzMutants,
    20_261_202,
    log,
  );
}
if (!skip.has('scaling')) results.scaling = scaling(log);

const out = path.join(BENCH_DIR, 'results');
mkdirSync(out, { recursive: true });
writeFileSync(path.join(out, 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
writeFileSync(path.join(out, 'latest.md'), markdown(results));
log(`wrote bench/results/latest.json and latest.md`);
