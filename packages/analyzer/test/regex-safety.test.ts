/**
 * Every regex literal of the shipped sources is checked by recheck (a ReDoS checker that proves
 * safety or finds an attack string): one that backtracks catastrophically on some input would
 * let a small file hang the CLI, the rewriter or the page.
 */
import { checkSync } from 'recheck';
import { describe, expect, it } from 'vitest';
import { regexSites } from './regex-sources.js';

/**
 * The same verdict on any machine and under any load: the automaton checker proves what it can
 * (no clock involved); the few patterns it does not support (look-around) go to the fuzzer with a
 * fixed seed and bounded generations instead of a time limit, which a busy machine would hit.
 */
function check(source: string, flags: string) {
  const proved = checkSync(source, flags, { checker: 'automaton', timeout: null });
  if (proved.status !== 'unknown' || proved.error.kind !== 'unsupported') return proved;
  return checkSync(source, flags, { checker: 'fuzz', timeout: null, randomSeed: 1 });
}

describe('regular expressions', () => {
  const sites = regexSites();

  it('are found in the sources (the scan itself works)', () => {
    expect(sites.length).toBeGreaterThan(200);
    expect(sites.some((s) => s.file.endsWith('suppress.ts'))).toBe(true);
    // The checker finds a known-bad pattern, so a pass below means something.
    expect(check('^(a|a)*$', '').status).toBe('vulnerable');
    // …and through the fuzzer, which the look-around patterns take.
    expect(check('^(?=a)(a|a)*$', '').status).toBe('vulnerable');
  });

  it('none can backtrack catastrophically (linear time on any input)', { timeout: 600_000 }, () => {
    const unsafe: string[] = [];
    for (const s of sites) {
      // g and y change where a match starts, not how it backtracks.
      const r = check(s.source, s.flags.replace(/[gy]/g, ''));
      if (r.status !== 'safe') {
        const why = r.status === 'vulnerable' ? r.complexity.summary : r.error.kind;
        unsafe.push(`${s.file}:${s.line} /${s.source}/${s.flags}: ${why}`);
      }
    }
    expect(unsafe).toEqual([]);
  });
});
