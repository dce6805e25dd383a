/**
 * One sample variant through the lab: its naive Dockerfile and the rewriter's output (with the
 * suggested .dockerignore), each built and measured on the stand-in base images.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { rewrite } from '@dop/rewriter';
import type { Engine } from './engine.js';
import { baseImages } from './froms.js';
import { frontendLimit, measureSide, notMeasured, type Progress, type SideResult } from './measure.js';
import type { Sample } from './samples.js';
import { ensureStandIns, findStandIn, notBuildableReason } from './standins.js';

export interface LabEntry {
  sample: string;
  variant: string;
  about: string;
  /** The stand-in images the two Dockerfiles build on (as written in FROM). */
  images: string[];
  notBuildable: { image: string; why: string }[];
  /** The rewriter's change ids for this Dockerfile. */
  changes: string[];
  original: SideResult;
  rewrite: SideResult;
  /** Whether both answered the probe with the same text (null when either did not answer). */
  sameAnswer: boolean | null;
}

const LAB_FILES = /^(lab\.json|Dockerfile(\..*)?|\.dockerignore)$/;

export async function runVariant(
  engine: Engine,
  sample: Sample,
  variant: string,
  log: Progress,
): Promise<LabEntry> {
  const original = readFileSync(path.join(sample.dir, variant), 'utf8');
  const result = rewrite(original);
  const images = [...new Set([...baseImages(original), ...baseImages(result.output)])];
  const notBuildable = images
    .filter((i) => !findStandIn(i))
    .map((image) => ({ image, why: notBuildableReason(image) }));
  const limit = frontendLimit(original) ?? frontendLimit(result.output);
  if (limit) notBuildable.push({ image: '(Dockerfile frontend)', why: limit });
  const entry: LabEntry = {
    sample: sample.name,
    variant,
    about: sample.about,
    images,
    notBuildable,
    changes: result.changes.map((c) => c.id),
    original: notMeasured('not buildable here'),
    rewrite: notMeasured('not buildable here'),
    sameAnswer: null,
  };
  if (notBuildable.length > 0) {
    log(
      `${sample.name}/${variant}: not buildable here (${notBuildable.map((n) => `${n.image}: ${n.why}`).join('; ')})`,
    );
    return entry;
  }
  await ensureStandIns(engine, images, log);
  const id = `${sample.name}-${variant.replace(/^Dockerfile\.?/, '') || 'dockerfile'}`.toLowerCase();
  const exclude = (rel: string) => LAB_FILES.test(rel) || rel.split(path.sep)[0] === 'node_modules';
  entry.original = await measureSide(
    engine,
    sample,
    { id: `${id}-original`, contextFrom: sample.dir, dockerfile: original, dockerignore: null, exclude },
    log,
  );
  entry.rewrite = await measureSide(
    engine,
    sample,
    {
      id: `${id}-rewrite`,
      contextFrom: sample.dir,
      dockerfile: result.output,
      dockerignore: result.dockerignore,
      exclude,
    },
    log,
  );
  if (entry.original.answer !== null && entry.rewrite.answer !== null && entry.original.probePassed !== null)
    entry.sameAnswer = entry.original.answer === entry.rewrite.answer;
  return entry;
}
