/**
 * The seeds gallery in the lab: every version of the teaching notes' Dockerfiles
 * (app/src/workshop/seeds.ts) whose base images the stand-ins can make is built as the lesson
 * shows it and measured (size, layers, cold build), so the lesson can cite a measured size beside
 * its estimate. A version that copies project files is not built: the notes do not give them.
 */
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { SEEDS } from '../../app/src/workshop/seeds.js';
import { failingStep } from './buildlog.js';
import { CACHE_DIR, type Engine } from './engine.js';
import { baseImages } from './froms.js';
import { adjustForLab, build, frontendLimit, inspect, prepareContext, type Progress } from './measure.js';
import { ensureStandIns, findStandIn, notBuildableReason } from './standins.js';

export interface SeedRecord {
  seed: string;
  /** 0-based index of the version in the lesson. */
  step: number;
  title: string;
  images: string[];
  notBuildable: { image: string; why: string }[];
  built: boolean;
  sizeBytes: number | null;
  layers: number | null;
  coldBuildSeconds: number | null;
  buildError?: string;
  adjustments: string[];
  measuredAt: string;
}

export interface SeedVersion {
  seed: string;
  step: number;
  title: string;
  dockerfile: string;
}

export const SEED_IDS = SEEDS.map((s) => s.id);

/** Every version of the chosen lessons (all when none is named), as the English page shows it. */
export function seedVersions(ids: readonly string[] = []): SeedVersion[] {
  return SEEDS.filter((s) => ids.length === 0 || ids.includes(s.id)).flatMap((s) =>
    s.steps.map((step, i) => ({ seed: s.id, step: i, title: step.title.en, dockerfile: step.text.en })),
  );
}

/** A COPY/ADD that reads the build context (not a heredoc, another stage or a URL). */
const COPIES_PROJECT_FILES = /^\s*(COPY|ADD)\s+(?!.*--from)(?!(?:--\S+\s+)*<<)(?!(?:--\S+\s+)*https?:)/im;

/** Why this lab cannot build a version, one entry per obstacle; empty when it can. */
export function seedObstacles(dockerfile: string): { image: string; why: string }[] {
  const out = baseImages(dockerfile)
    .filter((i) => !findStandIn(i))
    .map((image) => ({ image, why: notBuildableReason(image) }));
  const limit = frontendLimit(dockerfile);
  if (limit) out.push({ image: '(Dockerfile frontend)', why: limit });
  if (COPIES_PROJECT_FILES.test(dockerfile))
    out.push({ image: '(build context)', why: 'copies project files the note does not give' });
  return out;
}

export async function runSeedVersion(engine: Engine, v: SeedVersion, log: Progress): Promise<SeedRecord> {
  const record: SeedRecord = {
    seed: v.seed,
    step: v.step,
    title: v.title,
    images: baseImages(v.dockerfile),
    notBuildable: seedObstacles(v.dockerfile),
    built: false,
    sizeBytes: null,
    layers: null,
    coldBuildSeconds: null,
    adjustments: [],
    measuredAt: new Date().toISOString(),
  };
  const id = `${v.seed}-${v.step + 1}`;
  if (record.notBuildable.length > 0) {
    log(`${id}: not buildable here (${record.notBuildable.map((n) => `${n.image}: ${n.why}`).join('; ')})`);
    return record;
  }
  await ensureStandIns(engine, record.images, log);
  const { text, adjustments } = adjustForLab(v.dockerfile);
  record.adjustments = adjustments;
  // The versions copy nothing from the context: an empty folder is theirs.
  const empty = path.join(CACHE_DIR, 'work', 'seed-empty');
  rmSync(empty, { recursive: true, force: true });
  mkdirSync(empty, { recursive: true });
  const dir = prepareContext({
    id,
    contextFrom: empty,
    dockerfile: text,
    dockerignore: null,
    exclude: () => false,
  });
  const tag = `dop-lab/${id}:latest`;
  log(`${id}: cold build…`);
  const cold = await build(engine, dir, tag, true);
  record.coldBuildSeconds = Math.round(cold.seconds * 10) / 10;
  if (!cold.ok) {
    record.buildError = failingStep(cold.log);
    log(`${id}: build FAILED — ${record.buildError}`);
  } else {
    const info = await inspect(engine, tag);
    record.built = true;
    record.sizeBytes = info.sizeBytes;
    record.layers = info.layers;
    log(
      `${id}: built in ${cold.seconds.toFixed(1)} s, ${(info.sizeBytes / 1e6).toFixed(1)} MB, ${info.layers} layers`,
    );
  }
  rmSync(dir, { recursive: true, force: true });
  return record;
}
