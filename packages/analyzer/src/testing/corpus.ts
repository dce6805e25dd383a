/**
 * Finds the shared corpus of real Dockerfiles (read in place, never copied into the repo).
 * Node-only: used by tests, scripts and benchmarks, never by the browser bundle.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface CorpusEntry {
  /** Path relative to the corpus folder, as in manifest.json. */
  file: string;
  repo: string;
  path: string;
  ecosystem: string;
  stages: number;
  features: string[];
}

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');

/** The corpus folder: $DOP_CORPUS, or `../shared/corpus` beside the repository; null when absent. */
export function corpusDir(): string | null {
  const candidates = [process.env.DOP_CORPUS, join(repoRoot, '../shared/corpus')].filter(
    (x): x is string => !!x,
  );
  return candidates.find((dir) => existsSync(join(dir, 'manifest.json'))) ?? null;
}

export function corpusEntries(dir = corpusDir()): CorpusEntry[] {
  if (!dir) return [];
  return JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as CorpusEntry[];
}

/** Every corpus file with its text. */
export function* corpusFiles(dir = corpusDir()): Generator<CorpusEntry & { text: string }> {
  if (!dir) return;
  for (const entry of corpusEntries(dir)) {
    yield { ...entry, text: readFileSync(join(dir, entry.file), 'utf8') };
  }
}
