import { describe, expect, it } from 'vitest';
import { applyEditGroups, EditPlan } from './edits.js';

const g = (name: string, ...edits: [number, number, string][]) => ({
  name,
  edits: edits.map(([start, end, text]) => ({ start, end, text })),
});
const names = (xs: readonly { name: string }[]) => xs.map((x) => x.name);
const deferredOf = (r: ReturnType<typeof applyEditGroups<ReturnType<typeof g>>>) =>
  r.deferred.map((d) => [d.group.name, d.reason]);

describe('applyEditGroups: the one edit policy', () => {
  it('applies groups in order, every edit of each, in the original coordinates', () => {
    const r = applyEditGroups('abcdef', [g('a', [0, 1, 'A'], [5, 6, 'F']), g('b', [2, 4, 'xyz'])]);
    expect(r.text).toBe('AbxyzeF');
    expect(names(r.applied)).toEqual(['a', 'b']);
    expect(r.deferred).toEqual([]);
  });

  it('defers a group overlapping one applied before it, whole: none of its edits is applied', () => {
    const r = applyEditGroups('abcdef', [g('first', [1, 3, '-']), g('second', [5, 6, 'F'], [2, 4, '+'])]);
    expect(r.text).toBe('a-def');
    expect(names(r.applied)).toEqual(['first']);
    expect(deferredOf(r)).toEqual([['second', 'overlap']]);
  });

  it('keeps the given order: the earlier group wins, whichever edit comes first in the text', () => {
    const r = applyEditGroups('abcdef', [g('late-in-text', [3, 5, '!']), g('early-in-text', [0, 4, '?'])]);
    expect(r.text).toBe('abc!f');
    expect(deferredOf(r)).toEqual([['early-in-text', 'overlap']]);
  });

  it('lets edits that only touch both apply', () => {
    const r = applyEditGroups('abcdef', [g('a', [0, 3, 'X']), g('b', [3, 6, 'Y']), g('c', [6, 6, '!'])]);
    expect(r.text).toBe('XY!');
    expect(r.deferred).toEqual([]);
  });

  it('defers an insertion at the offset where another group inserts or replaces (the order would be a guess)', () => {
    const r = applyEditGroups('abc', [g('one', [1, 1, '1']), g('two', [1, 1, '2']), g('three', [1, 2, 'B'])]);
    expect(r.text).toBe('a1bc');
    expect(deferredOf(r)).toEqual([
      ['two', 'same-insertion-point'],
      ['three', 'same-insertion-point'],
    ]);
    const replaceFirst = applyEditGroups('abc', [g('replace', [1, 2, 'B']), g('insert', [1, 1, '1'])]);
    expect(deferredOf(replaceFirst)).toEqual([['insert', 'same-insertion-point']]);
  });

  it('keeps insertions at one offset within one group in their given order', () => {
    expect(applyEditGroups('ab', [g('a', [1, 1, 'x'], [1, 1, 'y'])]).text).toBe('axyb');
  });

  it('defers a group with an edit out of range or overlapping its own edits, and applies the rest', () => {
    const r = applyEditGroups('abc', [
      g('past-end', [2, 9, '']),
      g('negative', [-1, 1, '']),
      g('backwards', [2, 1, '']),
      g('fraction', [0.5, 1, '']),
      g('self-overlap', [0, 2, 'x'], [1, 3, 'y']),
      g('fine', [0, 3, 'ok']),
    ]);
    expect(r.text).toBe('ok');
    expect(deferredOf(r)).toEqual([
      ['past-end', 'invalid'],
      ['negative', 'invalid'],
      ['backwards', 'invalid'],
      ['fraction', 'invalid'],
      ['self-overlap', 'invalid'],
    ]);
  });

  it('a deferred group takes no room: a later group may use the place it wanted', () => {
    const r = applyEditGroups('abcdef', [
      g('a', [0, 2, '']),
      g('b', [1, 4, '?'], [4, 5, '!']),
      g('c', [4, 5, 'E']),
    ]);
    expect(r.text).toBe('cdEf');
    expect(names(r.applied)).toEqual(['a', 'c']);
  });

  it('checks each edit against its neighbours only, so thousands of groups stay fast', () => {
    const text = 'x'.repeat(20_000);
    const groups = Array.from({ length: 10_000 }, (_, i) => g(`${i}`, [2 * i, 2 * i + 1, 'y']));
    const t0 = performance.now();
    const r = applyEditGroups(text, [...groups, g('late', [100, 102, 'z'])]);
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(r.applied).toHaveLength(10_000);
    expect(deferredOf(r)).toEqual([['late', 'overlap']]);
  });

  it('EditPlan.check asks without taking', () => {
    const plan = new EditPlan(5);
    expect(plan.check([{ start: 0, end: 2, text: '' }])).toBeNull();
    expect(plan.check([{ start: 1, end: 3, text: '' }])).toBeNull();
    expect(plan.take([{ start: 0, end: 2, text: '' }])).toBeNull();
    expect(plan.check([{ start: 1, end: 3, text: '' }])).toBe('overlap');
    expect(plan.apply('hello')).toBe('llo');
  });
});
