import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '@dop/analyzer';
import { describe, expect, it } from 'vitest';
import { rewrite, rewriteAnalyzed } from '../src/rewrite.js';

const GOLDEN = join(import.meta.dirname, 'golden');

describe('rewriteAnalyzed', () => {
  const cases = readdirSync(GOLDEN).map((name) => ({
    name,
    text: readFileSync(join(GOLDEN, name, 'input.Dockerfile'), 'utf8'),
  }));

  it('gives what rewrite gives, from the analysis the caller made, which it leaves unchanged for the next', () => {
    expect(cases.length).toBeGreaterThan(20);
    for (const { name, text } of cases) {
      const a = analyze(text);
      const findings = JSON.stringify(a.findings);
      expect(rewriteAnalyzed(text, a, {}), name).toEqual(rewrite(text, {}));
      expect(JSON.stringify(a.findings), name).toBe(findings);
      // the same analysis again, with other options: nothing of the first run stays in it
      expect(rewriteAnalyzed(text, a, { multiStage: false }), name).toEqual(
        rewrite(text, { multiStage: false }),
      );
    }
  });
});
