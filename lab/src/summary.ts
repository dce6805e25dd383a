/**
 * The few measured figures the playground cites beside its estimates (app/src/data/lab-summary.json),
 * taken from the lab's results: written with them, so the page never quotes an older run.
 */
import type { EntryRecord } from './report.js';
import type { SeedRecord } from './seeds.js';

export interface LabSummary {
  /** Sample Dockerfiles the lab could build here. */
  samples: number;
  rewritesBuilt: number;
  sameAnswer: number;
  /** A source-only edit re-ran no dependency install. */
  noReinstall: { originals: number; rewrites: number };
  /** The largest measured shrinks, MB rounded to one decimal. */
  examples: { sample: string; variant: string; beforeMB: number; afterMB: number }[];
  /** The seed lessons' versions the lab built (step 0-based, as in the lesson), MB rounded to one decimal. */
  seeds: { seed: string; step: number; sizeMB: number }[];
}

const mb = (bytes: number) => Math.round(bytes / 1e5) / 10;

export function labSummary(entries: readonly EntryRecord[], seeds: readonly SeedRecord[] = []): LabSummary {
  const buildable = entries.filter((e) => e.notBuildable.length === 0);
  const count = (f: (e: EntryRecord) => boolean) => buildable.filter(f).length;
  const examples = buildable
    .filter((e) => e.original.sizeBytes && e.rewrite.sizeBytes && e.rewrite.built)
    .map((e) => ({
      sample: e.sample,
      variant: e.variant,
      beforeMB: mb(e.original.sizeBytes!),
      afterMB: mb(e.rewrite.sizeBytes!),
    }))
    .sort((a, b) => a.afterMB / a.beforeMB - b.afterMB / b.beforeMB)
    .slice(0, 3);
  return {
    samples: buildable.length,
    rewritesBuilt: count((e) => e.rewrite.built),
    sameAnswer: count((e) => e.sameAnswer === true),
    noReinstall: {
      originals: count((e) => e.original.sourceEditReranInstall === false),
      rewrites: count((e) => e.rewrite.sourceEditReranInstall === false),
    },
    examples,
    seeds: seeds
      .filter((r) => r.built && r.sizeBytes !== null)
      .map((r) => ({ seed: r.seed, step: r.step, sizeMB: mb(r.sizeBytes!) })),
  };
}
