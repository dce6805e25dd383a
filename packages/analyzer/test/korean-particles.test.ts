/**
 * What a Korean reader sees has no paired particle left (`은(는)`, `을(를)` …): every rule's
 * metadata, every finding and fix title its examples give, chosen by the word they follow.
 */
import { describe, expect, it } from 'vitest';
import { analyze, GENERIC_PARTICLE, rules, wrongParticles } from '../src/index.js';

const generic = (text: string) => text.match(new RegExp(GENERIC_PARTICLE.source, 'g')) ?? [];

describe('Korean text has its particles chosen', () => {
  it('in every rule title and explanation', () => {
    const left = rules.flatMap((m) =>
      [m.title.ko, m.explanation.ko].filter((t) => generic(t).length > 0).map((t) => `${m.id}: ${t}`),
    );
    expect(left).toEqual([]);
  });

  it('in every finding and fix title the rules give on their examples', () => {
    const left: string[] = [];
    for (const m of rules) {
      const options = { ...m.examples.options, enabledRules: [m.id] };
      for (const f of analyze(m.examples.bad, options).findings) {
        for (const t of [f.message.ko, f.fix?.title.ko ?? ''])
          if (generic(t).length) left.push(`${f.ruleId}: ${t}`);
      }
    }
    expect(left).toEqual([]);
  });

  it('with the right particle after every `code` word, in metadata and in findings', () => {
    const wrong: string[] = [];
    for (const m of rules) {
      const texts = [m.title.ko, m.explanation.ko];
      const options = { ...m.examples.options, enabledRules: [m.id] };
      for (const f of analyze(m.examples.bad, options).findings)
        texts.push(f.message.ko, f.fix?.title.ko ?? '');
      for (const t of texts) for (const w of wrongParticles(t)) wrong.push(`${m.id}: ${w}`);
    }
    expect([...new Set(wrong)]).toEqual([]);
  });

  it('name a line one way, "N행"', () => {
    const other: string[] = [];
    for (const m of rules) {
      const options = { ...m.examples.options, enabledRules: [m.id] };
      const texts = [m.explanation.ko, ...analyze(m.examples.bad, options).findings.map((f) => f.message.ko)];
      for (const t of texts) if (/\d\s*번째 줄|\d\s*번 줄/.test(t)) other.push(`${m.id}: ${t}`);
    }
    expect(other).toEqual([]);
  });

  it('the check itself sees a paired particle', () => {
    expect(generic('`x`을(를) 쓰세요')).toEqual(['을(를)']);
  });
});
