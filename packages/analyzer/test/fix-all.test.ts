import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';
import { fixAll } from '../src/fix-all.js';

describe('fixAll', () => {
  it('applies every safe fix and leaves no fixable safe finding behind', () => {
    const text = 'FROM debian:12-slim\nRUN apt-get update && apt-get install curl\nRUN apt-get install git\n';
    const result = fixAll(text);
    expect(result.output).toContain('apt-get install -y curl');
    expect(result.output).toContain('apt-get install -y git');
    expect(result.applied.filter((f) => f.ruleId === 'DOP050')).toHaveLength(2);
    const left = analyze(result.output).findings.filter((f) => f.fix?.safety === 'safe');
    expect(left).toEqual([]);
    expect(result.remaining).toEqual(analyze(result.output).findings);
  });

  it('is a fixpoint: fixing the output again changes nothing', () => {
    const once = fixAll('FROM debian:12-slim\nRUN apt-get install curl\n').output;
    const twice = fixAll(once);
    expect(twice.output).toBe(once);
    expect(twice.applied).toEqual([]);
  });

  it('does not touch a file that does not parse', () => {
    const text = 'FROM debian:12-slim\nRUN <<EOF\napt-get install curl\n';
    const result = fixAll(text);
    expect(result.output).toBe(text);
    expect(result.applied).toEqual([]);
    expect(result.remaining.some((f) => f.ruleId === 'DOP001')).toBe(true);
  });

  it('honours disabled rules', () => {
    const text = 'FROM debian:12-slim\nRUN apt-get install curl\n';
    const out = fixAll(text, { disabledRules: ['DL3014'] });
    expect(out.output).not.toContain('-y');
    expect(out.applied.map((f) => f.ruleId)).not.toContain('DOP050');
  });

  it('leaves the text alone when nothing is fixable', () => {
    expect(fixAll('').output).toBe('');
    expect(fixAll('FROM scratch\n').applied).toEqual([]);
  });
});

describe('fixAll: what is not applied is said', () => {
  // DOP050 (-y) and DOP051 (--no-install-recommends) both insert right after `install`.
  const text = 'FROM debian:12-slim\nRUN apt-get update && apt-get install curl\n';

  it('applies clashing fixes over several rounds, and reports nothing deferred once converged', () => {
    const result = fixAll(text, { safety: 'review' });
    expect(result.output).toContain(
      'apt-get install --no-install-recommends -y ca-certificates curl && rm -rf',
    );
    expect(result.deferred).toEqual([]);
  });

  it('reports the fixes left when the rounds run out, with why', () => {
    const none = fixAll(text, { safety: 'review', maxRounds: 0 });
    expect(none.output).toBe(text);
    expect(none.deferred.map((d) => [d.finding.ruleId, d.reason])).toEqual([
      ['DOP052', 'stopped'],
      ['DOP050', 'stopped'],
      ['DOP051', 'same-insertion-point'],
    ]);
    const one = fixAll(text, { safety: 'review', maxRounds: 1 });
    expect(one.output).not.toContain('--no-install-recommends');
    expect(one.deferred.map((d) => [d.finding.ruleId, d.reason])).toEqual([['DOP051', 'stopped']]);
  });
});
