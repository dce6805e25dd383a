/**
 * `pnpm lab`: builds every sample's naive Dockerfile(s) and the rewriter's output with a private
 * Docker Engine on local stand-in base images, and writes bench/results/build-lab.{json,md}.
 * Options: USAGE below (`--help`).
 */
import { commandLine } from '../../scripts/command-line.js';
import { docker, type Engine, engineUnavailableReason, startEngine } from './engine.js';
import { goldenNames, runGolden, type GoldenResult } from './goldens.js';
import { runVariant } from './lab.js';
import { type EntryRecord, saveEntries, saveGoldens, saveSeeds, toRecord, writeMarkdown } from './report.js';
import { loadSamples } from './samples.js';
import { runSeedVersion, SEED_IDS, type SeedRecord, seedVersions } from './seeds.js';
import { ensureStandIns, PROBE_IMAGE } from './standins.js';

const USAGE = `
Usage: npx --yes pnpm@10 lab [options]

Builds every sample as written and as rewritten (then the seed lessons) with a private Docker
Engine on local stand-in base images; writes bench/results/build-lab.{json,md}.

  --sample NAME   one sample (repeatable)
  --goldens       the rewriter goldens' input and output instead of the samples
  --golden NAME   one golden (repeatable)
  --seeds         only the seed lessons' versions (a full run does them after the samples)
  --seed ID       one seed lesson (repeatable)
  --report-only   rewrite the Markdown from the JSON results, building nothing
  -h, --help      this text
`;
const values = commandLine(USAGE, {
  sample: { type: 'string', multiple: true },
  goldens: { type: 'boolean', default: false },
  golden: { type: 'string', multiple: true },
  seeds: { type: 'boolean', default: false },
  seed: { type: 'string', multiple: true },
  'report-only': { type: 'boolean', default: false },
});

const t0 = performance.now();
const log = (s: string) => {
  const t = Math.round((performance.now() - t0) / 1000);
  process.stderr.write(`[lab ${Math.floor(t / 60)}:${String(t % 60).padStart(2, '0')}] ${s}\n`);
};

if (values['report-only']) {
  writeMarkdown();
  log('bench/results/build-lab.md rewritten from the JSON results (nothing built)');
  process.exit(0);
}

const unavailable = engineUnavailableReason();
if (unavailable) {
  log(`cannot run: ${unavailable}`);
  process.exit(1);
}

const samples = loadSamples();
const wanted = values.sample ?? [];
for (const w of wanted) {
  if (!samples.some((s) => s.name === w)) {
    log(`no sample "${w}"; the samples are: ${samples.map((s) => s.name).join(', ')}`);
    process.exit(2);
  }
}
const goldensWanted = values.golden ?? (values.goldens ? goldenNames() : []);
for (const g of goldensWanted) {
  if (!goldenNames().includes(g)) {
    log(`no golden "${g}"`);
    process.exit(2);
  }
}

for (const id of values.seed ?? []) {
  if (!SEED_IDS.includes(id)) {
    log(`no seed lesson "${id}"; the lessons are: ${SEED_IDS.join(', ')}`);
    process.exit(2);
  }
}
const seedsOnly = values.seeds || (values.seed ?? []).length > 0;
// A full run (no sample, golden or seed named) builds the seed lessons after the samples.
const seedsWanted =
  seedsOnly || (wanted.length === 0 && goldensWanted.length === 0) ? seedVersions(values.seed ?? []) : [];

let engine: Engine | null = null;
const stopEngine = async () => {
  if (!engine) return;
  const e = engine;
  engine = null;
  log(`stopping the engine (pid ${e.pid})`);
  await e.stop();
};
for (const sig of ['SIGINT', 'SIGTERM'] as const) {
  process.on(sig, () => {
    log(`${sig}: stopping`);
    void stopEngine().finally(() => process.exit(130));
  });
}

try {
  engine = await startEngine(log);
  await ensureStandIns(engine, [PROBE_IMAGE], log);
  if (goldensWanted.length > 0) {
    const results: GoldenResult[] = [];
    for (const [i, g] of goldensWanted.entries()) {
      log(`(${i + 1}/${goldensWanted.length}) golden ${g}`);
      results.push(await runGolden(engine, g, log));
    }
    saveGoldens(results);
    const counts = new Map<string, number>();
    for (const r of results) counts.set(r.verdict, (counts.get(r.verdict) ?? 0) + 1);
    log(`goldens: ${[...counts].map(([v, n]) => `${v} ${n}`).join(', ')}`);
  } else if (!seedsOnly || wanted.length > 0) {
    const chosen = wanted.length ? samples.filter((s) => wanted.includes(s.name)) : samples;
    const jobs = chosen.flatMap((s) => s.variants.map((v) => ({ s, v })));
    const records: EntryRecord[] = [];
    for (const [i, { s, v }] of jobs.entries()) {
      log(`(${i + 1}/${jobs.length}) ${s.name} / ${v}`);
      const entry = await runVariant(engine, s, v, log);
      records.push(toRecord(entry));
      saveEntries([toRecord(entry)]);
    }
    const built = (side: 'original' | 'rewrite') =>
      records.filter((r) => r[side].built && r[side].probePassed).length;
    log(
      `done: originals built and answered ${built('original')}/${records.length}, rewrites ${built('rewrite')}/${records.length}`,
    );
  }
  if (seedsWanted.length > 0 && goldensWanted.length === 0) {
    const seeds: SeedRecord[] = [];
    for (const [i, v] of seedsWanted.entries()) {
      log(`(${i + 1}/${seedsWanted.length}) seed ${v.seed} / version ${v.step + 1}`);
      seeds.push(await runSeedVersion(engine, v, log));
    }
    saveSeeds(seeds);
    log(
      `seeds: ${seeds.filter((r) => r.built).length} built of ${seeds.length} versions (${seeds.filter((r) => r.notBuildable.length > 0).length} not buildable here)`,
    );
  }
  log('results in bench/results/build-lab.md and .json');
  // Build cache from the samples is not reused between runs (cold builds use --no-cache): free it.
  await docker(engine, ['builder', 'prune', '-af']);
} catch (err) {
  log(`failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
} finally {
  await stopEngine();
}
