/**
 * Every rule's bad example again with its instructions wrapped in ONBUILD: the findings must be
 * what the rule's `examples.onbuild` states (the same lines, none, or the lines it gives).
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';
import { RULES } from '../src/rules/index.js';
import { findingLines, wrapInOnbuild } from '../src/testing/lint.js';

describe('ONBUILD triggers', () => {
  it('wraps every instruction the builder allows in a trigger, lines kept', () => {
    const text =
      'ARG V=1\nFROM alpine:3.20\nRUN <<EOF\necho $V\nEOF\nCOPY a \\\n  /a\nMAINTAINER x\nONBUILD RUN y\n';
    expect(wrapInOnbuild(text)).toBe(
      'ARG V=1\nFROM alpine:3.20\nONBUILD RUN <<EOF\necho $V\nEOF\nONBUILD COPY a \\\n  /a\nMAINTAINER x\nONBUILD RUN y\n',
    );
  });

  for (const rule of RULES) {
    const m = rule.meta;
    const { bad, badLines, onbuild, options } = m.examples;
    const expected = onbuild === 'same' ? badLines : onbuild === 'ignored' ? [] : onbuild.badLines;
    const said = typeof onbuild === 'string' ? onbuild : 'its own lines';
    it(`${m.id} ${m.slug}: triggers are ${said}`, () => {
      const wrapped = wrapInOnbuild(bad);
      // A rule that ignores triggers must be shown some: the wrapped example differs from the bad one.
      if (onbuild === 'ignored') expect(wrapped, 'the bad example has an instruction to wrap').not.toBe(bad);
      const opts = { ...(options ?? {}), ...(m.optIn ? { enabledRules: [m.id] } : {}) };
      const hits = analyze(wrapped, opts).findings.filter((f) => f.ruleId === m.id);
      expect(findingLines(hits), wrapped).toEqual(expected);
      // The wrapped file still parses (the syntax rule's own example aside).
      if (m.id !== 'DOP001')
        expect(
          analyze(wrapped)
            .findings.filter((f) => f.ruleId === 'DOP001')
            .map((f) => f.message.en),
        ).toEqual([]);
    });
  }
});
