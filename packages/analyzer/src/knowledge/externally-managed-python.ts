import type { ImageRef } from '../model/types.js';
import { baseImageInfo } from './base-images.js';

/**
 * Distributions whose own Python is marked externally managed (PEP 668): `pip install` outside a
 * virtualenv stops with "externally-managed-environment". Alpine from 3.19, Debian from 12
 * (bookworm), Ubuntu from 23.04 (their python3 packages ship the EXTERNALLY-MANAGED marker). The
 * official python images build their own Python and are not marked.
 */
const SINCE: Readonly<Record<string, { version: number; codenames: readonly string[] }>> = {
  alpine: { version: 3.19, codenames: ['edge'] },
  debian: { version: 12, codenames: ['bookworm', 'trixie', 'forky', 'sid', 'testing', 'unstable', 'stable'] },
  ubuntu: {
    version: 23.04,
    codenames: ['lunar', 'mantic', 'noble', 'oracular', 'plucky', 'questing', 'devel'],
  },
};

/** Whether the image's system Python refuses a system-wide pip install; null when unknown. */
export function externallyManagedPython(image: Pick<ImageRef, 'registry' | 'name' | 'tag'>): boolean | null {
  const name = image.name.replace(/^library\//, '');
  const rule = image.registry ? undefined : SINCE[name];
  if (!rule || !baseImageInfo(image)) return null;
  const tag = (image.tag ?? 'latest').toLowerCase();
  if (tag === 'latest' || rule.codenames.some((c) => tag.split('-').includes(c))) return true;
  const m = /^(\d+)(?:\.(\d+))?/.exec(tag);
  if (!m) return null;
  const version = Number(`${m[1]}.${(m[2] ?? '0').padStart(2, '0')}`);
  return version >= rule.version;
}
