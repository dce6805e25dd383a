/**
 * Every rule of hadolint, Docker's build checks and Trivy has an equivalent rule of ours (through
 * `aka`) or one line in docs/rules-not-covered.md saying why not — and nothing is both.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PEER_RULES } from '../src/knowledge/peer-rules.js';
import { RULES } from '../src/rules/index.js';

const doc = readFileSync(join(import.meta.dirname, '../../../docs/rules-not-covered.md'), 'utf8');
/** Ids named at the start of a list item: `- DL3050 / …: reason` or `- **CopyIgnoredFile**: reason`. */
const explained = new Set(
  doc
    .split('\n')
    .filter((l) => l.startsWith('- '))
    .flatMap((l) => (l.split(':')[0] ?? '').match(/[A-Za-z][A-Za-z0-9-]+/g) ?? []),
);
const covered = new Set(
  RULES.flatMap((r) => [
    ...(r.meta.aka.hadolint ?? []),
    ...(r.meta.aka.buildkit ?? []),
    ...(r.meta.aka.trivy ?? []),
  ]),
);

describe('peer coverage', () => {
  it('every peer rule is covered by a rule of ours or explained', () => {
    const missing = PEER_RULES.filter((p) => !covered.has(p.id) && !explained.has(p.id)).map(
      (p) => `${p.peer} ${p.id}: ${p.summary}`,
    );
    expect(missing).toEqual([]);
  });

  it('no peer rule is both covered and listed as not covered', () => {
    expect(PEER_RULES.filter((p) => covered.has(p.id) && explained.has(p.id)).map((p) => p.id)).toEqual([]);
  });

  it('every aka id names a real peer rule', () => {
    const known = new Set(PEER_RULES.map((p) => p.id));
    const unknown = [...covered].filter((id) => !known.has(id));
    expect(unknown).toEqual([]);
  });
});
