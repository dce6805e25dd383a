/**
 * Every regex literal of the shipped sources is checked by recheck (a ReDoS checker that proves
 * safety or finds an attack string): one that backtracks catastrophically on some input would
 * let a small file hang the CLI, the rewriter or the page.
 */
import { checkSync } from 'recheck';
import { describe, expect, it } from 'vitest';
import { regexSites } from './regex-sources.js';

describe('regular expressions', () => {
  const sites = regexSites();

  it('are found in the sources (the scan itself works)', () => {
    expect(sites.length).toBeGreaterThan(200);
    expect(sites.some((s) => s.file.endsWith('suppress.ts'))).toBe(true);
    // The checker finds a known-bad pattern, so a pass below means something.
    expect(checkSync('^(a|a)*$', '').status).toBe('vulnerable');
  });

  it('none can backtrack catastrophically (linear time on any input)', { timeout: 180_000 }, () => {
    const unsafe: string[] = [];
    for (const s of sites) {
      // g and y change where a match starts, not how it backtracks.
      const r = checkSync(s.source, s.flags.replace(/[gy]/g, ''), { timeout: 20_000 });
      if (r.status !== 'safe') {
        const why = r.status === 'vulnerable' ? r.complexity.summary : r.error.kind;
        unsafe.push(`${s.file}:${s.line} /${s.source}/${s.flags}: ${why}`);
      }
    }
    expect(unsafe).toEqual([]);
  });
});
