/**
 * One sample variant through the lab: its naive Dockerfile and the rewriter's output (with the
 * suggested .dockerignore), each built and measured on the stand-in base images.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { type BuildContext, collectContext, learnedLines, learnFromContext } from '@dop/analyzer';
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
  /**
   * The rewrite given the sample's folder as its build context (as `dop rewrite` does by default):
   * what it learned, which changes differ from the rewrite without it, and its measurements (the
   * same build as `rewrite` when the output and .dockerignore are the same: then not built twice).
   */
  withContext: {
    learned: string[];
    changes: string[];
    sameAsWithout: boolean;
    side: SideResult;
    sameAnswer: boolean | null;
  };
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
  const context = await sampleContext(sample.dir);
  const withCtx = rewrite(original, { context });
  const sameAsWithout = withCtx.output === result.output && withCtx.dockerignore === result.dockerignore;
  const images = [
    ...new Set([...baseImages(original), ...baseImages(result.output), ...baseImages(withCtx.output)]),
  ];
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
    withContext: {
      learned: learnedLines(learnFromContext(context), 'en'),
      changes: withCtx.changes.map((c) => c.id),
      sameAsWithout,
      side: notMeasured('not buildable here'),
      sameAnswer: null,
    },
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
  if (sameAsWithout) {
    log(`${id}: the rewrite with the build context is the same as without it (not built twice)`);
    entry.withContext.side = entry.rewrite;
  } else {
    entry.withContext.side = await measureSide(
      engine,
      sample,
      {
        id: `${id}-context`,
        contextFrom: sample.dir,
        dockerfile: withCtx.output,
        dockerignore: withCtx.dockerignore,
        exclude,
      },
      log,
    );
  }
  const ctxSide = entry.withContext.side;
  if (entry.original.answer !== null && ctxSide.answer !== null && entry.original.probePassed !== null)
    entry.withContext.sameAnswer = entry.original.answer === ctxSide.answer;
  return entry;
}

/** The sample's folder as the build context `dop rewrite` would read, without the lab's own files. */
async function sampleContext(dir: string): Promise<BuildContext> {
  const entries: { path: string; size: number; read: () => Promise<string> }[] = [];
  const walk = (rel: string) => {
    for (const name of readdirSync(path.join(dir, rel)).sort()) {
      const child = rel ? `${rel}/${name}` : name;
      const abs = path.join(dir, child);
      const st = statSync(abs);
      if (st.isDirectory()) {
        if (name !== 'node_modules') walk(child);
      } else if (st.isFile() && child !== 'lab.json') {
        entries.push({ path: child, size: st.size, read: async () => readFileSync(abs, 'utf8') });
      }
    }
  };
  walk('');
  return collectContext(entries);
}
