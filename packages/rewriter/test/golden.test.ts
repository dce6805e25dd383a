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
import { checkRewrite } from './invariants.js';

const root = join(import.meta.dirname, 'golden');
const update = process.env.UPDATE_GOLDEN === '1';
const cases = readdirSync(root).filter((d) => existsSync(join(root, d, 'input.Dockerfile')));

describe('golden rewrites', () => {
  it('has at least 40 golden cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
  });

  for (const name of cases) {
    it(name, () => {
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
