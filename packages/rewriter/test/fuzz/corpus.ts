import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { corpusDir, corpusFiles } from '@dop/analyzer/testing';

const GOLDEN = fileURLToPath(new URL('../golden', import.meta.url));

/** The texts fuzzing starts from: the shared corpus when it is there, else the golden inputs. */
export function baseTexts(): { name: string; text: string }[] {
  if (corpusDir()) return [...corpusFiles()].map((e) => ({ name: e.file, text: e.text }));
  return readdirSync(GOLDEN)
    .filter((d) => existsSync(path.join(GOLDEN, d, 'input.Dockerfile')))
    .map((d) => ({
      name: `golden/${d}`,
      text: readFileSync(path.join(GOLDEN, d, 'input.Dockerfile'), 'utf8'),
    }));
}
