/**
 * The checks the property, fuzz and corpus tests share fail when a rule crashes: the analyzer
 * turns a throwing rule into an internal finding (users still get the other rules), which must
 * not pass for a clean run.
 */
import { RULES } from '@dop/analyzer';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fuzzCheck } from './fuzz/check.js';
import { checkRewrite, crashesOn } from './invariants.js';

const rule = RULES.find((r) => r.meta.id === 'DOP050')!;
const text = 'FROM debian:12\nRUN apt-get update && apt-get install curl\n';

describe('a crashing rule', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('passes every check while no rule crashes', () => {
    expect(crashesOn(text)).toEqual([]);
    expect(fuzzCheck(text)).toEqual([]);
    expect(checkRewrite(text).violations.filter((v) => v.invariant === 'no rule crashes')).toEqual([]);
  });

  it('fails the corpus invariants, the fuzz check and the properties', () => {
    vi.spyOn(rule, 'check').mockImplementation(() => {
      throw new Error('boom');
    });
    expect(checkRewrite(text).violations.map((v) => v.invariant)).toContain('no rule crashes');
    expect(fuzzCheck(text).map((f) => f.kind)).toContain('no rule crashes');
    expect(crashesOn(text).join('\n')).toMatch(/DOP050: .*boom/);
  });
});
