/** The rewriter's source map: offsets between the input and the text after each pass of edits. */
import { applyEdits, type TextEdit } from '@dop/analyzer';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OffsetMap } from '../src/offset-map.js';

const edit = (start: number, end: number, text: string): TextEdit => ({ start, end, text });

describe('OffsetMap', () => {
  it('maps through a replacement: before, inside (by bias), after, and back', () => {
    // abcdef → ab XYZ ef
    const map = new OffsetMap();
    map.push([edit(2, 4, 'XYZ')]);
    expect([0, 1, 2, 4, 5, 6].map((p) => map.forward(p))).toEqual([0, 1, 2, 5, 6, 7]);
    expect(map.forward(3, 'start')).toBe(2);
    expect(map.forward(3, 'end')).toBe(5);
    // The replaced text's first offset is just before the new text, whatever the bias.
    expect(map.forward(2, 'end')).toBe(2);
    expect([0, 2, 5, 7].map((p) => map.backward(p))).toEqual([0, 2, 4, 6]);
    expect(map.backward(3, 'start')).toBe(2);
    expect(map.backward(3, 'end')).toBe(4);
    expect(map.forwardSpan({ start: 1, end: 3 })).toEqual({ start: 1, end: 5 });
  });

  it('maps through insertions and deletions', () => {
    // abcdef → ab XY cd ef, then → ab XY ef (cd deleted)
    const map = new OffsetMap();
    map.push([edit(2, 2, 'XY')]);
    expect(map.forward(2, 'start')).toBe(2);
    expect(map.forward(2, 'end')).toBe(4);
    expect(map.backward(3)).toBe(2);
    map.push([edit(4, 6, '')]);
    expect(map.forward(3)).toBe(4);
    expect(map.forward(4)).toBe(4);
    expect(map.backward(4, 'start')).toBe(2);
    expect(map.backward(4, 'end')).toBe(4);
    expect(map.passCount).toBe(2);
  });

  it('keeps two insertions at one offset apart, each with its own range', () => {
    const text = 'abcdef';
    const a = edit(2, 2, 'aa');
    const b = edit(2, 2, 'bbb');
    const out = applyEdits(text, [a, b]);
    expect(out).toBe('abaabbbcdef');
    const map = new OffsetMap();
    map.push([a, b]);
    const slice = (s: { start: number; end: number }) => out.slice(s.start, s.end);
    expect(slice(map.landed(a, 0))).toBe('aa');
    expect(slice(map.landed(b, 0))).toBe('bbb');
    // An offset there goes before both (start) or after both (end).
    expect(map.forward(2, 'start')).toBe(2);
    expect(map.forward(2, 'end')).toBe(7);
    // A span next to them does not take them in.
    expect(slice(map.forwardSpan({ start: 0, end: 2 }))).toBe('ab');
    expect(slice(map.forwardSpan({ start: 2, end: 4 }))).toBe('cd');
  });

  it("keeps a change's range when a later pass inserts at its edges", () => {
    // Pass 1 inserts ` -y`; pass 2 inserts two more words at the same offset, before it.
    const text = 'apt-get install curl';
    const y = edit(15, 15, ' -y');
    const mid = applyEdits(text, [y]);
    const map = new OffsetMap();
    map.push([y]);
    const n = edit(15, 15, ' --no-install-recommends');
    const q = edit(18, 18, ' -q');
    const out = applyEdits(mid, [n, q]);
    map.push([n, q]);
    expect(out).toBe('apt-get install --no-install-recommends -y -q curl');
    const slice = (s: { start: number; end: number }) => out.slice(s.start, s.end);
    expect(slice(map.landed(y, 0))).toBe(' -y');
    expect(slice(map.landed(n, 1))).toBe(' --no-install-recommends');
    expect(slice(map.landed(q, 1))).toBe(' -q');
  });

  it('throws when asked for an edit that is not in the pass', () => {
    const map = new OffsetMap();
    map.push([edit(0, 0, 'x')]);
    expect(() => map.landed(edit(0, 0, 'x'), 0)).toThrow(/not one of this pass/);
  });

  // Random passes of random edits: every character no pass touched is found where it went, both
  // ways, and every edit's text is where `landed` says, right after its pass.
  const passes = fc.array(
    fc.array(fc.tuple(fc.nat(40), fc.nat(3), fc.string({ maxLength: 4 })), { maxLength: 5 }),
    { minLength: 1, maxLength: 4 },
  );
  it('finds every untouched character both ways, and every edit where it landed', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 40 }), passes, (start, raw) => {
        let text = start;
        // origin[i]: the input offset the character at i came from, or -1 for inserted text.
        let origin = [...text].map((_, i) => i);
        const map = new OffsetMap();
        for (const pass of raw) {
          const edits = nonOverlapping(pass, text.length);
          const next = applyEdits(text, edits);
          const nextOrigin: number[] = [];
          let at = 0;
          for (const e of [...edits].sort((x, y) => x.start - y.start || x.end - y.end)) {
            nextOrigin.push(...origin.slice(at, e.start), ...[...e.text].map(() => -1));
            at = e.end;
          }
          nextOrigin.push(...origin.slice(at));
          map.push(edits);
          for (const e of edits) {
            const s = map.landed(e, map.passCount - 1);
            expect(next.slice(s.start, s.end)).toBe(e.text);
          }
          text = next;
          origin = nextOrigin;
        }
        for (const [j, i] of origin.entries()) {
          if (i < 0) continue;
          // The character spans [i, i + 1]: text inserted or deleted at either edge is outside it.
          expect(map.forward(i, 'end')).toBe(j);
          expect(map.forward(i + 1, 'start')).toBe(j + 1);
          expect(map.forwardSpan({ start: i, end: i + 1 })).toEqual({ start: j, end: j + 1 });
          expect(map.backward(j, 'end')).toBe(i);
          expect(map.backward(j + 1, 'start')).toBe(i + 1);
        }
      }),
      { numRuns: 300, seed: 20261207 },
    );
  });
});

/** Turns random (offset, length, text) triples into edits that do not overlap, within `length`. */
function nonOverlapping(raw: [number, number, string][], length: number): TextEdit[] {
  const edits: TextEdit[] = [];
  let at = 0;
  for (const [gap, len, text] of [...raw].sort((a, b) => a[0] - b[0])) {
    const start = Math.min(length, at + (gap % 5));
    const end = Math.min(length, start + len);
    edits.push(edit(start, end, text));
    at = end;
  }
  return edits;
}
