import { analyze } from '@dop/analyzer';
import { rewrite } from '@dop/rewriter';
import { describe, expect, it } from 'vitest';
import { EXAMPLES } from './examples';

describe('examples gallery', () => {
  it('has one example per ecosystem plus the canonical Python one', () => {
    expect(EXAMPLES.map((e) => e.id).sort()).toEqual(
      ['dotnet', 'go', 'java', 'node', 'php', 'python', 'python-canonical', 'ruby', 'rust', 'static'].sort(),
    );
  });

  for (const ex of EXAMPLES) {
    it(`${ex.id}: has findings and a rewrite that changes something`, () => {
      expect(analyze(ex.text).findings.length).toBeGreaterThan(0);
      expect(rewrite(ex.text).changes.length).toBeGreaterThan(0);
    });
  }
});
