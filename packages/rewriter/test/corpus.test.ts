/**
 * The rewriter over every corpus file: it never throws, and every invariant holds on every file
 * (exceptions would be listed here with their reason; there are none).
 */
import { corpusDir, corpusFiles } from '@dop/analyzer/testing';
import { describe, expect, it } from 'vitest';
import { checkRewrite } from './invariants.js';

describe('rewriter over the corpus', () => {
  it('keeps every invariant on every corpus file', () => {
    const failures: string[] = [];
    let files = 0;
    let changed = 0;
    for (const file of corpusFiles(corpusDir())) {
      files++;
      const { result, violations } = checkRewrite(file.text);
      if (result.output !== file.text) changed++;
      for (const v of violations) failures.push(`${file.file}: ${v.invariant}: ${v.detail}`);
    }
    expect(failures.slice(0, 30)).toEqual([]);
    if (files > 0) expect(changed).toBeGreaterThan(0);
  }, 600_000);
});
