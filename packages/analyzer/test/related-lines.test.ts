/**
 * A line a finding's message names is a fact the rule proved, so the finding carries it as data
 * (`related`), not only as prose: readers (the playground's predict-then-reveal, editors) must not
 * read line numbers back out of the English text.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';
import { RULES } from '../src/rules/index.js';
import { wrapInOnbuild } from '../src/testing/lint.js';

describe('lines a message names are related locations', () => {
  for (const rule of RULES) {
    const m = rule.meta;
    const opts = { ...(m.examples.options ?? {}), ...(m.optIn ? { enabledRules: [m.id] } : {}) };
    it(m.id, () => {
      for (const text of new Set([m.examples.bad, wrapInOnbuild(m.examples.bad)])) {
        for (const f of analyze(text, opts).findings.filter((x) => x.ruleId === m.id)) {
          const named = [...f.message.en.matchAll(/\bline (\d+)\b/g)].map((x) => Number(x[1]));
          // the finding's own lines, a context file's line, or one of its related locations
          const known = new Set([
            ...Array.from(
              { length: f.range.end.line - f.range.start.line + 1 },
              (_, i) => f.range.start.line + i,
            ),
            ...(f.contextFiles ?? []).flatMap((c) => (c.line ? [c.line] : [])),
            ...(f.related ?? []).map((r) => r.start.line),
          ]);
          for (const n of named) expect(known, `${f.message.en}`).toContain(n);
          for (const r of f.related ?? []) expect(named, `${f.message.en}`).toContain(r.start.line);
        }
      }
    });
  }
});
