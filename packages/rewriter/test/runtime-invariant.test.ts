/**
 * The "what the image runs is unchanged" invariant can fail: the change that moves the final
 * stage's CMD/ENTRYPOINT, USER, WORKDIR or ENV must itself be review, whatever other review
 * changes the rewrite holds. A stand-in rewriter makes the cases the real one should never make.
 */
import { LineIndex } from '@dop/analyzer';
import { describe, expect, it } from 'vitest';
import type { FixSafety } from '@dop/analyzer';
import type { Change, Rewrite, RewriteOptions } from '../src/types.js';
import { checkRewrite, runtimeOf } from './invariants.js';
import { buildModel } from '@dop/analyzer';

const input = 'FROM debian:12\nRUN echo hi\nCMD ["a"]\n';

interface Edit {
  id: string;
  risk: FixSafety;
  /** The part of the input the change claims, and the text it puts there. */
  from: string;
  to: string;
  /** When the change claims more than it edits: the whole file. */
  claimsAll?: boolean;
}

/** A rewriter that makes the given edits (minus the rejected ones), each reported as a change. */
function standIn(edits: Edit[]) {
  return (text: string, options: RewriteOptions = {}): Rewrite => {
    if (text !== input) return { output: text, changes: [], notes: [] } as unknown as Rewrite;
    const kept = edits.filter((e) => !options.rejectedChanges?.includes(e.id));
    let output = text;
    for (const e of kept) output = output.replace(e.from, e.to);
    const inLines = new LineIndex(text);
    const outLines = new LineIndex(output);
    const changes = kept.map((e): Change => {
      const s = text.indexOf(e.from);
      const o = output.indexOf(e.to);
      const span = e.claimsAll ? { start: 0, end: text.length } : { start: s, end: s + e.from.length };
      const out = e.claimsAll ? { start: 0, end: output.length } : { start: o, end: o + e.to.length };
      return {
        id: e.id,
        transform: e.id,
        title: { en: e.id, ko: e.id },
        explanation: { en: e.id, ko: e.id },
        practices: [],
        resolves: [],
        sourceRanges: [{ span, range: inLines.range(span) }],
        outputRanges: [{ span: out, range: outLines.range(out) }],
        risk: e.risk,
      };
    });
    return { output, changes, notes: [] } as unknown as Rewrite;
  };
}

const runtimeViolations = (edits: Edit[]) =>
  checkRewrite(input, {}, standIn(edits))
    .violations.filter((v) => v.invariant === 'runtime unchanged')
    .map((v) => v.detail);

// A review change that claims the whole file (so it overlaps the CMD) but does not move the program.
const broad: Edit = {
  id: 'broad',
  risk: 'review',
  from: 'RUN echo hi',
  to: 'RUN echo hello',
  claimsAll: true,
};
const safeCmd: Edit = { id: 'cmd', risk: 'safe', from: 'CMD ["a"]', to: 'CMD ["b"]' };

describe('runtime unchanged', () => {
  it('reads the user, workdir and env values of the final stage', () => {
    const r = runtimeOf(buildModel('FROM a\nUSER 1000\nWORKDIR /app\nENV B=2 A=1\nFROM b\nENV A=3\n'));
    expect(r).toEqual({ program: '', user: '', workdir: '', env: 'A=3', ports: '' });
    const s = runtimeOf(buildModel('FROM a\nUSER 1000\nWORKDIR /app\nENV B=2 A=1\nCMD ["x"]\n'));
    expect(s).toEqual({ program: 'x', user: '1000', workdir: '/app', env: 'A=1 B=2', ports: '' });
  });

  it('holds when the change that moves the program is review', () => {
    expect(runtimeViolations([{ id: 'cmd', risk: 'review', from: 'CMD ["a"]', to: 'CMD ["b"]' }])).toEqual(
      [],
    );
  });

  it('fails when a safe change moves the program, even beside a review change over it', () => {
    expect(runtimeViolations([safeCmd])).toEqual(['program: a → b, by the safe change cmd']);
    expect(runtimeViolations([safeCmd, broad])).toEqual(['program: a → b, by the safe change cmd']);
    expect(runtimeViolations([broad])).toEqual([]);
  });

  it('fails when a safe change sets the user, the workdir or the env', () => {
    for (const to of ['USER 10001\nCMD ["a"]', 'WORKDIR /app\nCMD ["a"]', 'ENV A=1\nCMD ["a"]']) {
      const found = runtimeViolations([{ id: 'add', risk: 'safe', from: 'CMD ["a"]', to }]);
      expect(found, to).toHaveLength(1);
      expect(found[0], to).toMatch(/by the safe change add$/);
      expect(runtimeViolations([{ id: 'add', risk: 'review', from: 'CMD ["a"]', to }]), to).toEqual([]);
    }
  });
});
