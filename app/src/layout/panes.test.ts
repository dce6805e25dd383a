import { describe, expect, it } from 'vitest';
import { VIEWS } from '../share/permalink';
import { PANES } from './panes';

describe('result panes', () => {
  it('lists each view a link can open exactly once, in the link format order', () => {
    expect(PANES.map((p) => p.id)).toEqual([...VIEWS]);
  });

  it('gives every pane its own label and a component', () => {
    expect(new Set(PANES.map((p) => p.label)).size).toBe(PANES.length);
    for (const p of PANES) expect(typeof p.Panel, p.id).toBe('function');
  });
});
