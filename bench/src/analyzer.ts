/**
 * `pnpm bench:analyzer`: the analyzer alone over the corpus, warm, beside dockerfile-utils' validate
 * in the same process, and optionally beside another build of the analyzer or the CLI saved from
 * another checkout, passes alternating so both see the same machine. Allocation (`--alloc`) is
 * counted apart, in one process per build (`allocation.ts`). Options: USAGE below (`--help`).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { corpusDir, corpusEntries } from '@dop/analyzer/testing';
import { commandLine, wholeNumberOption } from '../../scripts/command-line.js';
import { describeAllocation, measureAllocation } from './allocation.js';
import { BENCH_DIR, installPeerPackages, PEERS_DIR } from './setup.js';
import { round, stats } from './stats.js';

type Analyze = (text: string) => unknown;

const USAGE = `
Usage: npx --yes pnpm@10 run bench:analyzer [options]

The analyzer alone over the corpus, warm passes alternating with dockerfile-utils' validate.

  --passes N          warm passes (default 7)
  --sample N          only the first N corpus files
  --slowest N         list the N slowest files (default 10)
  --save FILE         keep this build's analyzer bundle as FILE
  --against FILE      also run a bundle saved with --save (another checkout), alternating
  --alloc             add bytes allocated per warm pass, counted in one process per build
  --alloc-passes N    passes counted for --alloc, median taken (default 5)
  --cli               add the CLI over the corpus beside dockerfilelint, and a one-file start
  --save-cli DIR      keep this build's CLI (bin, bundle, package.json) in DIR
  --cli-against DIR   also run a CLI saved with --save-cli, alternating
  -h, --help          this text
`;
const values = commandLine(USAGE, {
  passes: { type: 'string', default: '7' },
  sample: { type: 'string' },
  slowest: { type: 'string', default: '10' },
  against: { type: 'string' },
  save: { type: 'string' },
  alloc: { type: 'boolean', default: false },
  'alloc-passes': { type: 'string', default: '5' },
  cli: { type: 'boolean', default: false },
  'save-cli': { type: 'string' },
  'cli-against': { type: 'string' },
});
const passes = wholeNumberOption(values.passes, '--passes', USAGE);
const allocPasses = wholeNumberOption(values['alloc-passes'], '--alloc-passes', USAGE);
const slowest = wholeNumberOption(values.slowest, '--slowest', USAGE, 0);
const sample = values.sample === undefined ? undefined : wholeNumberOption(values.sample, '--sample', USAGE);
const log = (s: string) => process.stderr.write(`[bench:analyzer] ${s}\n`);

const dir = corpusDir();
if (!dir) {
  log('the corpus is missing (no manifest.json at ../shared/corpus nor at $DOP_CORPUS): nothing measured');
  process.exit(0);
}
let entries = corpusEntries(dir);
if (sample) entries = entries.slice(0, sample);
const files = entries.map((e) => e.file);
const texts = files.map((f) => readFileSync(path.join(dir, f), 'utf8'));

const tmp = path.join(BENCH_DIR, 'results', 'tmp');
mkdirSync(tmp, { recursive: true });
const thisBundle = path.join(tmp, 'analyzer.mjs');
await bundleAnalyzer(thisBundle);
if (values.save) {
  copyFileSync(thisBundle, path.resolve(values.save));
  log(`this build's analyzer saved as ${values.save}`);
}

/** A contender, and the module and export a process of its own loads to count its allocation. */
interface Contender {
  name: string;
  analyze: Analyze;
  module: string;
  exportName: string;
}
const builds: Contender[] = [
  {
    name: 'analyze (this build)',
    analyze: await load(thisBundle),
    module: thisBundle,
    exportName: 'analyze',
  },
];
if (values.against) {
  const other = path.resolve(values.against);
  if (!existsSync(other)) throw new Error(`${other}: no such bundle (make one with --save in that checkout)`);
  builds.push({
    name: `analyze (${path.basename(other)})`,
    analyze: await load(other),
    module: other,
    exportName: 'analyze',
  });
}
installPeerPackages(['dockerfile-utils', 'dockerfilelint'], log);
const req = createRequire(path.join(PEERS_DIR, 'package.json'));
let peer: Contender | null = null;
try {
  const du = req('dockerfile-utils') as { validate: Analyze };
  const analyze: Analyze = (t) => du.validate(t);
  peer = {
    name: 'dockerfile-utils validate',
    analyze,
    module: req.resolve('dockerfile-utils'),
    exportName: 'validate',
  };
} catch {
  log('dockerfile-utils is not installed in bench/.peers: measured alone');
}
const contenders = [...builds, ...(peer ? [peer] : [])];

// First pass: cold (JIT, lazy tables), then warm passes alternating between contenders.
const first = contenders.map((c) => passMs(c.analyze));
const warm: number[][] = contenders.map(() => []);
const warmCpu: number[][] = contenders.map(() => []);
const perFile: number[][] = builds.map(() => texts.map(() => Number.POSITIVE_INFINITY));
for (let p = 0; p < passes; p++) {
  contenders.forEach((c, i) => {
    const cpu0 = process.cpuUsage();
    warm[i]!.push(passMs(c.analyze, i < builds.length ? perFile[i] : undefined));
    const cpu = process.cpuUsage(cpu0);
    warmCpu[i]!.push((cpu.user + cpu.system) / 1000);
  });
}

const lines = [
  `corpus: ${texts.length} files; ${passes} warm passes, alternating; ms per pass (wall; CPU is the process's user + system time, GC threads included)`,
  '',
  '| what | first pass | warm pass (median) | min | max | warm CPU (median) |',
  '| --- | ---: | ---: | ---: | ---: | ---: |',
  ...contenders.map((c, i) => {
    const s = stats(warm[i]!);
    const cpu = stats(warmCpu[i]!).median;
    return `| ${c.name} | ${round(first[i]!, 0)} | ${round(s.median, 0)} | ${round(s.min, 0)} | ${round(s.max, 0)} | ${round(cpu, 0)} |`;
  }),
];
for (const [i, b] of builds.entries()) {
  const best = perFile[i]!;
  const order = best.map((ms, j) => ({ ms, file: files[j]! })).sort((x, y) => y.ms - x.ms);
  const s = stats(best);
  lines.push(
    '',
    `${b.name}, per file (best of ${passes}): median ${round(s.median, 3)} ms, p99 ${round(s.p99, 2)} ms, ` +
      `max ${round(s.max, 2)} ms; over 5 ms: ${best.filter((ms) => ms > 5).length}`,
    ...order.slice(0, slowest).map((o) => `  ${round(o.ms, 2)} ms  ${o.file}`),
  );
}
if (values.alloc) {
  // Not in this process: here the build loaded second would count 25–30 MB more than the first.
  const counted = contenders.map((c) => ({
    c,
    a: measureAllocation({
      module: c.module,
      exportName: c.exportName,
      files: files.map((f) => path.join(dir, f)),
      passes: allocPasses,
    }),
  }));
  lines.push('', `allocated in a warm pass (${counted[0]!.a.method}):`);
  for (const { c, a } of counted) lines.push(describeAllocation(c.name, a));
}
if (values.cli) lines.push('', ...cliRows());
process.stdout.write(`${lines.join('\n')}\n`);

function passMs(fn: Analyze, best?: number[]): number {
  const t0 = performance.now();
  for (let j = 0; j < texts.length; j++) {
    if (best) {
      const s = performance.now();
      fn(texts[j]!);
      const ms = performance.now() - s;
      if (ms < best[j]!) best[j] = ms;
    } else fn(texts[j]!);
  }
  return performance.now() - t0;
}

/**
 * The CLI over the corpus (lint only) beside dockerfilelint's library over the same files in one
 * process, and one file beside `node -e ''`: wall and CPU seconds (user + system, from GNU time,
 * the steadier of the two on a shared machine), median of alternating runs.
 */
function cliRows(): string[] {
  const dop = fileURLToPath(new URL('../../packages/cli/bin/dop.mjs', import.meta.url));
  const build = fileURLToPath(new URL('../../packages/cli/build.mjs', import.meta.url));
  if (spawnSync(process.execPath, [build]).status !== 0) return ['CLI: bundling failed'];
  if (values['save-cli']) {
    const to = path.resolve(values['save-cli']);
    rmSync(to, { recursive: true, force: true });
    for (const part of ['bin', 'dist', 'package.json'])
      cpSync(path.join(path.dirname(build), part), path.join(to, part), { recursive: true });
    log(`this build's CLI saved in ${to}`);
  }
  const other = values['cli-against'] ? path.resolve(values['cli-against'], 'bin', 'dop.mjs') : null;
  if (other && !existsSync(other)) throw new Error(`${other}: no such CLI (save one with --save-cli)`);
  const env = { ...process.env, DOP_BUNDLE: '1' };
  const run = (args: string[], cwd?: string, extraEnv: Record<string, string> = {}) => {
    const t0 = performance.now();
    const r = spawnSync('/usr/bin/time', ['-f', '__CPU=%U %S', process.execPath, ...args], {
      cwd,
      env: { ...env, ...extraEnv },
      stdio: ['ignore', 'ignore', 'pipe'],
      encoding: 'utf8',
    });
    const wall = (performance.now() - t0) / 1000;
    const m = /__CPU=([\d.]+) ([\d.]+)/.exec(r.stderr ?? '');
    if (!m) log(`${args[0]} failed: ${r.stderr}`);
    return { wall, cpu: m ? Number(m[1]) + Number(m[2]) : Number.NaN };
  };
  const dfl = fileURLToPath(new URL('./dockerfilelint-library.cjs', import.meta.url));
  const one = files.find((_, i) => texts[i]!.split('\n').length >= 40) ?? files[0]!;
  const lint = ['lint', '--no-context', '--format', 'json', '-t', 'none'];
  const rows: {
    name: string;
    args: string[];
    cwd?: string;
    env?: Record<string, string>;
    wall: number[];
    cpu: number[];
  }[] = [
    {
      name: 'dop lint --format json --no-context, corpus',
      args: [dop, ...lint, ...files],
      cwd: dir!,
      wall: [],
      cpu: [],
    },
    {
      name: 'the same on two worker threads (DOP_THREADS=2)',
      args: [dop, ...lint, ...files],
      cwd: dir!,
      env: { DOP_THREADS: '2' },
      wall: [],
      cpu: [],
    },
    {
      // the default: each file's folder read as its build context
      name: 'dop lint --format json (contexts read), corpus',
      args: [dop, ...lint.filter((a) => a !== '--no-context'), ...files],
      cwd: dir!,
      wall: [],
      cpu: [],
    },
    {
      name: "dockerfilelint's library, corpus",
      args: [dfl, PEERS_DIR, ...files],
      cwd: dir!,
      wall: [],
      cpu: [],
    },
    { name: "node -e ''", args: ['-e', ''], wall: [], cpu: [] },
    { name: 'dop lint --format json, one file', args: [dop, ...lint, one], cwd: dir!, wall: [], cpu: [] },
  ];
  if (other) {
    const saved = path.basename(path.dirname(path.dirname(other)));
    rows.push(
      {
        name: `${saved}: --no-context, corpus`,
        args: [other, ...lint, ...files],
        cwd: dir!,
        wall: [],
        cpu: [],
      },
      {
        name: `${saved}: contexts read, corpus`,
        args: [other, ...lint.filter((a) => a !== '--no-context'), ...files],
        cwd: dir!,
        wall: [],
        cpu: [],
      },
      { name: `${saved}: one file`, args: [other, ...lint, one], cwd: dir!, wall: [], cpu: [] },
    );
  }
  const runs = 3;
  // On a shared machine the wall times mean little without the load they were taken under.
  const load: number[] = [];
  for (let r = 0; r < runs; r++)
    for (const row of rows) {
      const t = run(row.args, row.cwd, row.env);
      row.wall.push(t.wall);
      row.cpu.push(t.cpu);
      load.push(loadavg()[0]!);
    }
  return [
    `CLI, one process each, median of ${runs} alternating runs (one file: ${one}, ${texts[files.indexOf(one)]!.split('\n').length} lines; ` +
      `load average ${round(Math.min(...load), 1)}–${round(Math.max(...load), 1)})`,
    '',
    '| what | wall s | CPU s |',
    '| --- | ---: | ---: |',
    ...rows.map(
      (r) => `| ${r.name} | ${round(stats(r.wall).median, 2)} | ${round(stats(r.cpu).median, 2)} |`,
    ),
  ];
}

async function bundleAnalyzer(out: string): Promise<void> {
  const { build } = await import('esbuild');
  await build({
    stdin: { contents: "export { analyze } from '@dop/analyzer';\n", resolveDir: BENCH_DIR, loader: 'js' },
    outfile: out,
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    // As the playground bundles it (vite.config.ts): the context reader's one Node import.
    alias: { path: 'path-browserify' },
    logLevel: 'error',
  });
}

async function load(file: string): Promise<Analyze> {
  // A copy per load: two bundles with the same name must not share one module instance.
  const lib = (await import(`${pathToFileURL(file).href}?${Math.random()}`)) as { analyze: Analyze };
  return lib.analyze;
}
