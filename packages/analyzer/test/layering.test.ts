/**
 * The analyzer's layers point one way: rules read the model and the knowledge tables, never the
 * other way round. A helper the model needs lives in the model (or below), not in rules/support.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const src = join(import.meta.dirname, '../src');
const LOWER = ['model', 'knowledge', 'shell', 'text'];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('layering', () => {
  it('model, knowledge, shell and text import nothing from rules', () => {
    const offending = LOWER.flatMap((layer) =>
      sources(join(src, layer)).filter((file) => /from '(\.\.\/)+rules\//.test(readFileSync(file, 'utf8'))),
    ).map((file) => relative(src, file));
    expect(offending).toEqual([]);
  });
});
