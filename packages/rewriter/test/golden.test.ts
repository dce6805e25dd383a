/**
 * Golden before/after files: test/golden/<case>/input.Dockerfile → output.Dockerfile, with the
 * changes made listed in changes.txt (`<risk> <change id> <title>`), the suggested .dockerignore in
 * suggested.dockerignore, the notes (what it chose not to do) in notes.txt, and every invariant held.
 * A case with a `context/` folder is rewritten with it as the build context (its files listed, the
 * manifests read), as the CLI reads the folder of a Dockerfile.
 * `UPDATE_GOLDEN=1 pnpm vitest run packages/rewriter` rewrites the expected files; review the diff.
 */
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { type BuildContext, contextFileWanted } from '@dop/analyzer';
import { describe, expect, it } from 'vitest';
import { goldenDigest } from './golden-digest.js';
import { checkRewrite } from './invariants.js';

const root = join(import.meta.dirname, 'golden');
const update = process.env.UPDATE_GOLDEN === '1';
const cases = readdirSync(root).filter((d) => existsSync(join(root, d, 'input.Dockerfile')));

/** What the build lab (`pnpm lab --goldens`) measured for each golden, by name. */
interface LabGolden {
  golden: string;
  outputDigest?: string;
  verdict: string;
  notBuildable: { image: string; why: string }[];
  rewrite: { built: boolean; error?: string };
}
const labFile = join(import.meta.dirname, '../../../bench/results/build-lab-goldens.json');
const lab = new Map(
  (existsSync(labFile) ? (JSON.parse(readFileSync(labFile, 'utf8')) as LabGolden[]) : []).map((g) => [
    g.golden,
    g,
  ]),
);

/** The lab's result for the golden's output as it is on disk, or why there is none. */
function labOf(name: string): { result: LabGolden | null; label: string } {
  const at = (f: string) => join(root, name, f);
  if (!existsSync(at('output.Dockerfile'))) return { result: null, label: '' };
  const g = lab.get(name);
  if (!g) return { result: null, label: ' · not yet built in the lab' };
  const ignore = existsSync(at('suggested.dockerignore'))
    ? readFileSync(at('suggested.dockerignore'), 'utf8')
    : '';
  if (g.outputDigest !== goldenDigest(readFileSync(at('output.Dockerfile'), 'utf8'), ignore))
    return { result: null, label: ' · the lab built an older output (run pnpm lab --goldens)' };
  const label =
    g.verdict === 'not buildable here'
      ? ` · not buildable here (${g.notBuildable.map((n) => n.image).join(', ')})`
      : g.rewrite.built
        ? ' · builds in the lab'
        : ` · lab: ${g.verdict}`;
  return { result: g, label };
}

describe('golden rewrites', () => {
  it('has at least 40 golden cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
  });

  for (const name of cases) {
    const measured = labOf(name);
    it(`${name}${measured.label}`, () => {
      // A rewrite the lab shows broken (its input builds, it does not) is fixed, never re-blessed.
      expect(
        measured.result?.verdict === 'rewrite broken' ? measured.result.rewrite.error : null,
        'the build lab shows this rewrite broken',
      ).toBeNull();
      const input = readFileSync(join(root, name, 'input.Dockerfile'), 'utf8');
      const { result, violations } = checkRewrite(input, {
        context: readContext(join(root, name, 'context')),
      });
      const changes = `${result.changes.map((c) => `${c.risk} ${c.id} ${c.title.en}`).join('\n')}\n`;
      const outPath = join(root, name, 'output.Dockerfile');
      const changesPath = join(root, name, 'changes.txt');
      const ignorePath = join(root, name, 'suggested.dockerignore');
      // What the rewriter chose not to do is part of its answer: notes.txt when there are any.
      const notes = result.notes.map((n) => `${n.id} ${n.message.en}`).join('\n');
      const notesPath = join(root, name, 'notes.txt');
      if (update) {
        writeFileSync(outPath, result.output);
        writeFileSync(changesPath, changes);
        writeFileSync(ignorePath, result.dockerignore);
        if (notes) writeFileSync(notesPath, `${notes}\n`);
        else if (existsSync(notesPath)) rmSync(notesPath);
      }
      if (!existsSync(outPath))
        throw new Error(`${name}: no output.Dockerfile yet; run with UPDATE_GOLDEN=1 and review it`);
      expect(violations).toEqual([]);
      expect(result.output).toBe(readFileSync(outPath, 'utf8'));
      expect(changes).toBe(readFileSync(changesPath, 'utf8'));
      expect(result.dockerignore).toBe(readFileSync(ignorePath, 'utf8'));
      expect(notes ? `${notes}\n` : null).toBe(
        existsSync(notesPath) ? readFileSync(notesPath, 'utf8') : null,
      );
    });
  }
});

/** The folder as a build context: every file listed, the ones that matter read. */
function readContext(dir: string): BuildContext | undefined {
  if (!existsSync(dir)) return undefined;
  const files = (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split('\\').join('/'))
    .sort();
  const texts = Object.fromEntries(
    files.filter(contextFileWanted).map((f) => [f, readFileSync(join(dir, f), 'utf8')]),
  );
  return { files, texts };
}
