/** Which files of a build context are read, and how much: the rest is only listed. */
import { buildToolsOfFile } from '../knowledge/ecosystems.js';
import { FRONT_END_CONFIG_FILES } from '../knowledge/js-bundlers.js';

export const CONTEXT_LIMITS = {
  /** Files listed; past this the context is marked incomplete (absence then proves nothing). */
  files: 20_000,
  /** Bytes read of one wanted file; a larger one is listed, not read. */
  fileBytes: 256 * 1024,
  /** Bytes read of all wanted files together. */
  totalBytes: 2 * 1024 * 1024,
} as const;

/** Registry and tool configuration that can hold a token: read to tell a real credential from a template. */
const CONFIG_WITH_CREDENTIALS = ['.npmrc', '.yarnrc.yml', '.pypirc', '.netrc'];

/** Shell scripts an ENTRYPOINT may start (DOP043 reads how they end): `*.sh`, `docker-entrypoint` … */
const SCRIPT = /\.(sh|bash)$|entrypoint/i;

/**
 * Whether the contents of a context file are worth reading: `.dockerignore`, manifests, lock files,
 * tool configs, scripts, and the front-end configs that may name the build's output folder.
 */
export function contextFileWanted(path: string): boolean {
  const base = path.slice(path.lastIndexOf('/') + 1);
  if (path === '.dockerignore' || CONFIG_WITH_CREDENTIALS.includes(base) || SCRIPT.test(base)) return true;
  if (FRONT_END_CONFIG_FILES.includes(base)) return true;
  return buildToolsOfFile(path).length > 0;
}
