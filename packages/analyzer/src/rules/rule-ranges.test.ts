/** Every rule sits in the range docs/writing-rules.md gives its subject; the table is read from there. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from './index.js';

const doc = readFileSync(join(import.meta.dirname, '../../../../docs/writing-rules.md'), 'utf8');
const ranges = [...doc.matchAll(/^\| DOP(\d{3})–(\d{3}) \| (.+?) \|$/gm)].map((m) => ({
  from: Number(m[1]),
  to: Number(m[2]),
  free: m[3]!.startsWith('(free)'),
}));

describe('rule numbers', () => {
  it('the ranges cover DOP001–169 without gaps or overlaps', () => {
    expect(ranges.length).toBeGreaterThan(10);
    expect(ranges[0]!.from).toBe(1);
    for (let i = 1; i < ranges.length; i++)
      expect(ranges[i]!.from, `after DOP${ranges[i - 1]!.to}`).toBe(ranges[i - 1]!.to + 1);
  });

  it('every rule is in a range that is not free', () => {
    const outside = RULES.map((r) => r.meta.id).filter((id) => {
      const n = Number(id.slice(3));
      const range = ranges.find((x) => n >= x.from && n <= x.to);
      return !range || range.free;
    });
    expect(outside).toEqual([]);
  });
});
