/**
 * The few measured figures the playground cites beside its estimates (app/src/data/lab-summary.json),
 * taken from the lab's results: written with them, so the page never quotes an older run.
 */
import type { EntryRecord } from './report.js';

export interface LabSummary {
  /** Sample Dockerfiles the lab could build here. */
  samples: number;
  rewritesBuilt: number;
  sameAnswer: number;
  /** A source-only edit re-ran no dependency install. */
  noReinstall: { originals: number; rewrites: number };
  /** The largest measured shrinks, MB rounded to one decimal. */
  examples: { sample: string; variant: string; beforeMB: number; afterMB: number }[];
}

const mb = (bytes: number) => Math.round(bytes / 1e5) / 10;

export function labSummary(entries: readonly EntryRecord[]): LabSummary {
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
  };
}
