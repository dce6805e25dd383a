/** The lab's samples: lab/samples/<name>/ with naive Dockerfile(s) and lab.json saying how to probe. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { LAB_DIR } from './paths.js';

export const SAMPLES_DIR = path.join(LAB_DIR, 'samples');

export type Probe = { port: number; path: string; expect: string } | { command: string[]; expect: string };

export interface Sample {
  name: string;
  dir: string;
  about: string;
  /** Dockerfile names in the sample (each one a variant). */
  variants: string[];
  probe: Probe;
  /** A source file to edit (a comment appended) for the source-edit rebuild. */
  sourceEdit: string;
  /** The dependency manifest to change for the manifest-edit rebuild, or null when there is none. */
  manifestEdit: string | null;
  /** A regular expression matching the sample's dependency-install steps. */
  install: string;
}

export function isHttpProbe(p: Probe): p is Extract<Probe, { port: number }> {
  return 'port' in p;
}

export function loadSamples(): Sample[] {
  return readdirSync(SAMPLES_DIR)
    .filter((d) => existsSync(path.join(SAMPLES_DIR, d, 'lab.json')))
    .sort()
    .map((name) => {
      const dir = path.join(SAMPLES_DIR, name);
      const spec = JSON.parse(readFileSync(path.join(dir, 'lab.json'), 'utf8')) as Omit<
        Sample,
        'name' | 'dir' | 'variants'
      >;
      const variants = readdirSync(dir)
        .filter((f) => f === 'Dockerfile' || f.startsWith('Dockerfile.'))
        .sort();
      return { ...spec, name, dir, variants };
    });
}
