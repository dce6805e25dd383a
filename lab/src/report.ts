/** bench/results/build-lab.json (one entry per sample and Dockerfile variant) and build-lab.md. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { GoldenResult } from './goldens.js';
import type { LabEntry } from './lab.js';
import { STOP_GRACE_SECONDS, type SideResult } from './measure.js';
import { NOT_BUILDABLE, STANDINS } from './standins.js';
import { REPO_ROOT } from './paths.js';
import type { SeedRecord } from './seeds.js';
import { labSummary } from './summary.js';

export const RESULTS_DIR = path.join(REPO_ROOT, 'bench', 'results');
const JSON_FILE = path.join(RESULTS_DIR, 'build-lab.json');
const GOLDENS_FILE = path.join(RESULTS_DIR, 'build-lab-goldens.json');
export const SEEDS_FILE = path.join(RESULTS_DIR, 'build-lab-seeds.json');
const MD_FILE = path.join(RESULTS_DIR, 'build-lab.md');
/** The figures the playground cites (its Layers tab), written with the results. */
export const APP_SUMMARY_FILE = path.join(REPO_ROOT, 'app', 'src', 'data', 'lab-summary.json');

export interface SideRecord {
  built: boolean;
  probePassed: boolean | null;
  user: string | null;
  sizeBytes: number | null;
  layers: number | null;
  coldBuildSeconds: number | null;
  sourceEditRebuiltSteps: number | null;
  sourceEditSeconds: number | null;
  sourceEditRebuilt: string[];
  sourceEditReranInstall: boolean | null;
  manifestEditRebuiltSteps: number | null;
  manifestEditSeconds: number | null;
  manifestEditRebuilt: string[];
  manifestEditReranInstall: boolean | null;
  stopSeconds: number | null;
  answer: string | null;
  buildError?: string;
  adjustments: string[];
  reason?: string;
}

export interface EntryRecord {
  sample: string;
  variant: string;
  about: string;
  images: string[];
  notBuildable: { image: string; why: string }[];
  changes: string[];
  sameAnswer: boolean | null;
  original: SideRecord;
  rewrite: SideRecord;
  /** The rewrite given the sample's folder as its build context (absent in results from before it was measured). */
  withContext?: {
    learned: string[];
    changes: string[];
    sameAsWithout: boolean;
    sameAnswer: boolean | null;
    rewrite: SideRecord;
  };
  measuredAt: string;
}

function side(s: SideResult): SideRecord {
  const reasons = [
    s.reason,
    s.sourceEdit.reason && `source edit: ${s.sourceEdit.reason}`,
    s.manifestEdit.reason && `manifest edit: ${s.manifestEdit.reason}`,
  ]
    .filter(Boolean)
    .join('; ');
  return {
    built: s.built,
    probePassed: s.probePassed,
    user: s.user,
    sizeBytes: s.sizeBytes,
    layers: s.layers,
    coldBuildSeconds: s.coldBuildSeconds,
    sourceEditRebuiltSteps: s.sourceEdit.steps,
    sourceEditSeconds: s.sourceEdit.seconds,
    sourceEditRebuilt: s.sourceEdit.ran,
    sourceEditReranInstall: s.sourceEdit.reranInstall,
    manifestEditRebuiltSteps: s.manifestEdit.steps,
    manifestEditSeconds: s.manifestEdit.seconds,
    manifestEditRebuilt: s.manifestEdit.ran,
    manifestEditReranInstall: s.manifestEdit.reranInstall,
    stopSeconds: s.stopSeconds,
    answer: s.answer,
    ...(s.buildError ? { buildError: s.buildError } : {}),
    adjustments: s.adjustments,
    ...(reasons ? { reason: reasons } : {}),
  };
}

export function toRecord(e: LabEntry): EntryRecord {
  return {
    sample: e.sample,
    variant: e.variant,
    about: e.about,
    images: e.images,
    notBuildable: e.notBuildable,
    changes: e.changes,
    sameAnswer: e.sameAnswer,
    original: side(e.original),
    rewrite: side(e.rewrite),
    withContext: {
      learned: e.withContext.learned,
      changes: e.withContext.changes,
      sameAsWithout: e.withContext.sameAsWithout,
      sameAnswer: e.withContext.sameAnswer,
      rewrite: side(e.withContext.side),
    },
    measuredAt: new Date().toISOString(),
  };
}

function readJson<T>(file: string, fallback: T): T {
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as T) : fallback;
}

/** Replaces the entries of the samples just run (a `--sample` run keeps the others) and rewrites both files. */
export function saveEntries(records: EntryRecord[]): void {
  const done = new Set(records.map((r) => `${r.sample}/${r.variant}`));
  const kept = readJson<EntryRecord[]>(JSON_FILE, []).filter((r) => !done.has(`${r.sample}/${r.variant}`));
  const all = [...kept, ...records].sort((a, b) =>
    `${a.sample}/${a.variant}`.localeCompare(`${b.sample}/${b.variant}`),
  );
  writeFileSync(JSON_FILE, `${JSON.stringify(all, null, 2)}\n`);
  writeSummary();
  writeMarkdown();
}

/** The app's figures from both result files (samples and seed lessons). */
function writeSummary(): void {
  const entries = readJson<EntryRecord[]>(JSON_FILE, []);
  const seeds = readJson<SeedRecord[]>(SEEDS_FILE, []);
  writeFileSync(APP_SUMMARY_FILE, `${JSON.stringify(labSummary(entries, seeds), null, 2)}\n`);
}

/** Replaces the records of the seed versions just run (a `--seed` run keeps the others). */
export function saveSeeds(records: SeedRecord[]): void {
  const key = (r: SeedRecord) => `${r.seed}/${r.step}`;
  const done = new Set(records.map(key));
  const kept = readJson<SeedRecord[]>(SEEDS_FILE, []).filter((r) => !done.has(key(r)));
  const all = [...kept, ...records].sort((a, b) => a.seed.localeCompare(b.seed) || a.step - b.step);
  writeFileSync(SEEDS_FILE, `${JSON.stringify(all, null, 2)}\n`);
  writeSummary();
  writeMarkdown();
}

/** The seed lessons' versions: measured where the stand-ins can make them, otherwise why not. */
function seedsSection(seeds: SeedRecord[]): string[] {
  if (seeds.length === 0) return [];
  const L: string[] = [];
  L.push("## Seed lessons (the teaching notes' Dockerfiles)");
  L.push('');
  L.push(
    "Every version of the seeds gallery (`app/src/workshop/seeds.ts`) is built as the lesson shows it (`pnpm lab --seeds`, one lesson: `--seed ID`), in an empty build context, where its base images have stand-ins; the playground shows the measured size beside the lesson's estimate.",
  );
  L.push('');
  const built = seeds.filter((r) => r.notBuildable.length === 0);
  if (built.length) {
    L.push('| seed / version | built | size MB | layers | cold s |');
    L.push('|---|---|---|---|---|');
    for (const r of built)
      L.push(
        `| ${r.seed} / ${r.step + 1}. ${cell(r.title)} | ${r.built ? 'yes' : `**no**: ${cell(r.buildError ?? '')}`} | ${mb(r.sizeBytes)} | ${num(r.layers)} | ${num(r.coldBuildSeconds)} |`,
      );
    L.push('');
  }
  const why = new Map<string, string[]>();
  for (const r of seeds.filter((x) => x.notBuildable.length > 0)) {
    const w = r.notBuildable.map((n) => `${n.image}: ${n.why}`).join('; ');
    why.set(w, [...(why.get(w) ?? []), `${r.seed} ${r.step + 1}`]);
  }
  for (const [w, list] of why) L.push(`- not buildable here (${cell(w)}): ${list.join(', ')}`);
  if (why.size) L.push('');
  return L;
}

export function saveGoldens(results: GoldenResult[]): void {
  const done = new Set(results.map((r) => r.golden));
  const kept = readJson<GoldenResult[]>(GOLDENS_FILE, []).filter((r) => !done.has(r.golden));
  const all = [...kept, ...results].sort((a, b) => a.golden.localeCompare(b.golden));
  writeFileSync(GOLDENS_FILE, `${JSON.stringify(all, null, 2)}\n`);
  writeMarkdown();
}

const mb = (b: number | null) => (b === null ? '–' : (b / 1e6).toFixed(1));
const yn = (b: boolean | null) => (b === null ? '–' : b ? 'yes' : '**no**');
const num = (n: number | null, unit = '') => (n === null ? '–' : `${n}${unit}`);
const steps = (n: number | null, s: number | null, install: boolean | null) =>
  n === null ? '–' : `${n} (${s} s)${install ? ' incl. install' : ''}`;
const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function rate(entries: EntryRecord[], pick: (e: EntryRecord) => boolean) {
  return `${entries.filter(pick).length}/${entries.length}`;
}

/** The rewrite without and with the build context, side by side. */
function contextSection(entries: EntryRecord[]): string[] {
  const measured = entries.filter((e) => e.withContext && e.notBuildable.length === 0);
  if (measured.length === 0) return [];
  const L: string[] = [];
  L.push('## What the build context added');
  L.push('');
  L.push(
    "Each rewrite again, given the sample's folder as its build context, as `dop rewrite` reads it by default (`--no-context` is the column before). " +
      'Where the output and the suggested `.dockerignore` are the same with and without it, the build is not repeated and the figures are the same.',
  );
  L.push('');
  const ctx = (e: EntryRecord) => e.withContext!;
  L.push('| | without context | with context |');
  L.push('|---|---|---|');
  L.push(
    `| built | ${rate(measured, (e) => e.rewrite.built)} | ${rate(measured, (e) => ctx(e).rewrite.built)} |`,
  );
  L.push(
    `| probe passed | ${rate(measured, (e) => e.rewrite.probePassed === true)} | ${rate(measured, (e) => ctx(e).rewrite.probePassed === true)} |`,
  );
  L.push(
    `| source edit re-ran no dependency install | ${rate(measured, (e) => e.rewrite.sourceEditReranInstall === false)} | ${rate(measured, (e) => ctx(e).rewrite.sourceEditReranInstall === false)} |`,
  );
  L.push(`| output changed by the context | | ${rate(measured, (e) => !ctx(e).sameAsWithout)} |`);
  L.push('');
  L.push(
    '| sample / Dockerfile | learned from the context | output | built | probe | size MB (without → with) | source edit: steps re-run (without → with) | changes only with the context |',
  );
  L.push('|---|---|---|---|---|---|---|---|');
  for (const e of measured) {
    const w = ctx(e);
    const only = w.changes.filter((c) => !e.changes.includes(c));
    L.push(
      `| ${e.sample} / ${e.variant} | ${cell(w.learned.join('; ') || '–')} | ${w.sameAsWithout ? 'same' : '**differs**'} | ${yn(w.rewrite.built)} | ${yn(w.rewrite.probePassed)} | ${mb(e.rewrite.sizeBytes)} → ${mb(w.rewrite.sizeBytes)} | ${num(e.rewrite.sourceEditRebuiltSteps)} → ${num(w.rewrite.sourceEditRebuiltSteps)} | ${cell(only.join(', ') || '–')} |`,
    );
  }
  L.push('');
  for (const e of measured) {
    const s = ctx(e).rewrite;
    if (s.buildError)
      L.push(`- **${e.sample} / ${e.variant}, rewrite with context: build failed** at ${cell(s.buildError)}`);
    else if (s.built && s.probePassed === false)
      L.push(
        `- **${e.sample} / ${e.variant}, rewrite with context: probe failed**: ${cell((s.answer ?? '').slice(0, 200))}`,
      );
  }
  L.push('');
  return L;
}

export function writeMarkdown(): void {
  const entries = readJson<EntryRecord[]>(JSON_FILE, []);
  const goldens = readJson<GoldenResult[]>(GOLDENS_FILE, []);
  const buildable = entries.filter((e) => e.notBuildable.length === 0);
  const L: string[] = [];
  L.push('# Build lab: real builds of the samples and of their rewrites');
  L.push('');
  L.push(
    'Measured by `pnpm lab` (one sample: `pnpm lab --sample NAME`; the rewriter goldens: `pnpm lab --goldens`; the seed lessons: `pnpm lab --seeds`) with a private Docker Engine (Debian docker.io 20.10, BuildKit) on this machine. ' +
      'Every base image is a **local stand-in** (listed below), so sizes, layer counts and times are measured on the stand-ins, not on the real images from Docker Hub. ' +
      `Times are wall-clock seconds on a ${os.cpus().length}-core machine shared with other work: compare them within a row, not across runs.`,
  );
  L.push('');
  L.push(
    'How each figure is taken: *cold* is `docker build --no-cache` (base images present); the rewrite is built with its suggested `.dockerignore`, the original with none; ' +
      '*source edit* appends a comment to one source file and rebuilds from the cache, *manifest edit* changes the dependency manifest (a `description` in package.json, a comment in requirements.txt or go.mod) and rebuilds; ' +
      'the step counts are the build steps BuildKit ran again (not `CACHED`), FROM excluded. *User* is the uid of the running server process (read from /proc), or the image USER for one-shot commands. ' +
      'Size is `docker image inspect` .Size (uncompressed), layers are its RootFS layers. *Stop* is how long `docker stop -t ' +
      `${STOP_GRACE_SECONDS}\` took (${STOP_GRACE_SECONDS} s means SIGTERM was ignored and the process was killed).`,
  );
  L.push('');
  L.push('## Pass rate');
  L.push('');
  L.push(`| | originals | rewrites |`);
  L.push('|---|---|---|');
  L.push(
    `| built | ${rate(buildable, (e) => e.original.built)} | ${rate(buildable, (e) => e.rewrite.built)} |`,
  );
  L.push(
    `| probe passed | ${rate(buildable, (e) => e.original.probePassed === true)} | ${rate(buildable, (e) => e.rewrite.probePassed === true)} |`,
  );
  L.push(`| same answer as the original | | ${rate(buildable, (e) => e.sameAnswer === true)} |`);
  L.push(
    `| source edit re-ran no dependency install | ${rate(buildable, (e) => e.original.sourceEditReranInstall === false)} | ${rate(buildable, (e) => e.rewrite.sourceEditReranInstall === false)} |`,
  );
  L.push('');
  L.push(`${entries.length} sample Dockerfiles; ${entries.length - buildable.length} not buildable here.`);
  L.push('');
  L.push('## Results');
  L.push('');
  L.push(
    '| sample / Dockerfile | side | built | probe | user | size MB | layers | cold s | source edit: steps re-run | manifest edit: steps re-run | stop s |',
  );
  L.push('|---|---|---|---|---|---|---|---|---|---|---|');
  for (const e of entries) {
    for (const [name, s] of [
      ['original', e.original],
      ['rewrite', e.rewrite],
    ] as const) {
      L.push(
        `| ${e.sample} / ${e.variant} | ${name} | ${yn(s.built)} | ${yn(s.probePassed)} | ${s.user ?? '–'} | ${mb(s.sizeBytes)} | ${num(s.layers)} | ${num(s.coldBuildSeconds)} | ${steps(s.sourceEditRebuiltSteps, s.sourceEditSeconds, s.sourceEditReranInstall)} | ${steps(s.manifestEditRebuiltSteps, s.manifestEditSeconds, s.manifestEditReranInstall)} | ${num(s.stopSeconds)} |`,
      );
    }
  }
  L.push('');
  const problems = entries.flatMap((e) => {
    const out: string[] = [];
    for (const [name, s] of [
      ['original', e.original],
      ['rewrite', e.rewrite],
    ] as const) {
      if (s.buildError)
        out.push(`- **${e.sample} / ${e.variant}, ${name}: build failed** at ${cell(s.buildError)}`);
      else if (s.built && s.probePassed === false)
        out.push(
          `- **${e.sample} / ${e.variant}, ${name}: probe failed**: ${cell((s.answer ?? '').slice(0, 200))}`,
        );
    }
    if (e.sameAnswer === false)
      out.push(`- ${e.sample} / ${e.variant}: the rewrite answered differently from the original`);
    for (const n of e.notBuildable)
      out.push(`- ${e.sample} / ${e.variant}: not buildable here (${n.image}: ${n.why})`);
    for (const [name, s] of [
      ['original', e.original],
      ['rewrite', e.rewrite],
    ] as const)
      for (const a of s.adjustments) out.push(`- ${e.sample} / ${e.variant}, ${name}: lab adjustment: ${a}`);
    return out;
  });
  L.push(...contextSection(entries));
  L.push('## Failures and notes');
  L.push('');
  L.push(problems.length ? problems.join('\n') : 'None.');
  L.push('');
  if (goldens.length) {
    L.push('## Rewriter goldens in the lab');
    L.push('');
    L.push(
      'Each golden of `packages/rewriter/test/golden` whose base images the lab can make is built as written (input) and as rewritten (output, with its suggested .dockerignore) in a stub context: every file the Dockerfile copies exists with placeholder content (a package.json with one small dependency, `ms`, and scripts that succeed; npm, yarn 1 and pnpm lock files for it; a shell script for `*.sh`; a line of text otherwise: see lab/golden-stub and lab/src/goldens.ts), so an original that fails here fails on the stub, and only "original builds, rewrite does not" marks a broken rewrite. The playground\'s gallery examples are built the same way, named `gallery-<id>` (their output is the rewrite as it is when the lab runs).',
    );
    L.push('');
    const verdicts = [
      'rewrite broken',
      'both build',
      'both fail (stub context)',
      'rewrite builds, original does not',
      'not buildable here',
    ];
    L.push(`| verdict | goldens |`);
    L.push('|---|---|');
    for (const v of verdicts.filter((x) => x !== 'not buildable here')) {
      const list = goldens.filter((g) => g.verdict === v).map((g) => g.golden);
      if (list.length) L.push(`| ${v} (${list.length}) | ${list.join(', ')} |`);
    }
    const unbuildable = new Map<string, string[]>();
    for (const g of goldens.filter((x) => x.verdict === 'not buildable here')) {
      const why = g.notBuildable.map((n) => `${n.image}: ${n.why}`).join('; ');
      unbuildable.set(why, [...(unbuildable.get(why) ?? []), g.golden]);
    }
    for (const [why, list] of unbuildable)
      L.push(`| not buildable here (${list.length}): ${cell(why)} | ${list.join(', ')} |`);
    L.push('');
    for (const g of goldens.filter((x) => x.verdict !== 'not buildable here' && x.verdict !== 'both build')) {
      L.push(
        `- **${g.golden}** (${g.verdict}): original ${g.original.built ? 'built' : `failed at ${cell(g.original.error ?? '')}`}; rewrite ${g.rewrite.built ? 'built' : `failed at ${cell(g.rewrite.error ?? '')}`}`,
      );
    }
    L.push('');
  }
  L.push(...seedsSection(readJson<SeedRecord[]>(SEEDS_FILE, [])));
  L.push('## Stand-in base images');
  L.push('');
  L.push('| answers to | what it is, and how it differs from the real image |');
  L.push('|---|---|');
  for (const s of STANDINS) L.push(`| ${s.tags.map((t) => `\`${t}\``).join(', ')} | ${cell(s.differs)} |`);
  L.push('');
  L.push('Not buildable here (reported, never faked):');
  L.push('');
  for (const n of NOT_BUILDABLE) L.push(`- \`${n.pattern.source}\`: ${n.why}`);
  L.push('');
  writeFileSync(MD_FILE, `${L.join('\n')}\n`);
}
