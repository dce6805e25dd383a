/** The change list a Korean reader sees has no paired particle left (`은(는)`, `을(를)` …). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GENERIC_PARTICLE } from '@dop/analyzer';
import { describe, expect, it } from 'vitest';
import { rewrite } from '../src/index.js';

const root = join(import.meta.dirname, 'golden');

describe('rewrite: Korean particles chosen', () => {
  it('in every change and note of every golden case', () => {
    const left: string[] = [];
    for (const name of readdirSync(root)) {
      const r = rewrite(readFileSync(join(root, name, 'input.Dockerfile'), 'utf8'));
      const texts = [
        ...r.changes.flatMap((c) => [c.title.ko, c.explanation.ko]),
        ...r.notes.map((n) => n.message.ko),
      ];
      for (const t of texts) if (new RegExp(GENERIC_PARTICLE.source).test(t)) left.push(`${name}: ${t}`);
    }
    expect(left).toEqual([]);
  });
});
