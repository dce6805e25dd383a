import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** A Dockerfile with one known safe-fixable problem (DOP050: apt-get install without -y). */
export const MISSING_YES = 'FROM debian:12-slim\nRUN apt-get update && apt-get install curl\n';

/** A Dockerfile that does not parse (an unterminated here-document). */
export const BROKEN = 'FROM debian:12-slim\nRUN <<EOF\napt-get install curl\n';

/** A temporary folder holding the given files (paths relative to it). */
export function tree(files: Record<string, string | Buffer>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'dop-cli-'));
  for (const [rel, content] of Object.entries(files)) {
    const full = path.join(root, rel);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, content);
  }
  return root;
}
