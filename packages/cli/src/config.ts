import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '@dop/config';
import { ConfigError, defaults, HADOLINT_NAMES, OUR_NAMES } from '@dop/config/names';

export type { Config } from '@dop/config';
export { ConfigError, isThreshold, type Threshold } from '@dop/config/names';

/** A config file's text read as a config; the YAML parser is loaded only once a file is found. */
async function parseConfig(text: string, file: string): Promise<Config> {
  const { parseConfig: parse } = await import('@dop/config');
  return parse(text, file);
}

/** Finds and reads the config for files in `dir`, walking up; cached per folder. */
export class ConfigResolver {
  private readonly byDir = new Map<string, Promise<Config>>();
  constructor(private readonly explicit: string | null) {}

  forFile(file: string): Promise<Config> {
    if (this.explicit) return this.cached(`explicit:${this.explicit}`, () => loadConfig(this.explicit!));
    return this.forDir(path.dirname(file));
  }

  private forDir(dir: string): Promise<Config> {
    return this.cached(dir, async () => {
      for (const names of [OUR_NAMES, HADOLINT_NAMES]) {
        for (const name of names) {
          const candidate = path.join(dir, name);
          const text = await readFile(candidate, 'utf8').catch((e: NodeJS.ErrnoException) => {
            if (e.code === 'ENOENT' || e.code === 'ENOTDIR') return null;
            throw new ConfigError(`${candidate}: cannot read (${e.code ?? e.message})`);
          });
          if (text !== null) return parseConfig(text, candidate);
        }
      }
      const up = path.dirname(dir);
      return up === dir ? defaults() : this.forDir(up);
    });
  }

  private cached(key: string, load: () => Promise<Config>): Promise<Config> {
    let p = this.byDir.get(key);
    if (!p) {
      p = load();
      this.byDir.set(key, p);
    }
    return p;
  }
}

export async function loadConfig(file: string): Promise<Config> {
  const text = await readFile(file, 'utf8').catch((e: NodeJS.ErrnoException) => {
    throw new ConfigError(`${file}: cannot read (${e.code ?? e.message})`);
  });
  return parseConfig(text, file);
}
