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

    it(`${ex.id}: the same code in both languages, comments in the page's`, () => {
      const code = (t: string) => t.replace(/#.*$/gm, '#');
      expect(code(ex.texts.ko)).toBe(code(ex.texts.en));
      expect(ex.texts.en).not.toMatch(/[\uac00-\ud7a3]/);
      if (/^#/m.test(ex.text)) expect(ex.texts.ko).toMatch(/^# .*[\uac00-\ud7a3]/m);
    });
  }

  // The Layers tab's promise for every example: after the rewrite a source-only edit re-runs no
  // dependency install, and the final image is estimated smaller.
  for (const ex of EXAMPLES) {
    it(`${ex.id}: the rewrite re-runs no dependency install on a source edit, and the image is smaller`, () => {
      const r = rewrite(ex.text);
      expect(r.layers.before.installsRerunOnSourceChange).toBeGreaterThan(0);
      expect(r.layers.after.installsRerunOnSourceChange).toBe(0);
      expect(r.size.afterMB).toBeLessThan(r.size.beforeMB);
    });
  }

  it('the classic Python example builds on Alpine 3.19+ as written (PEP 668), and its rewrite uses a venv', () => {
    const ex = EXAMPLES.find((e) => e.id === 'python-canonical')!;
    // every pip install of the original says how it gets past PEP 668
    const pips = ex.text.split('\n').filter((l) => /^RUN pip install/.test(l));
    expect(pips.length).toBeGreaterThan(0);
    for (const l of pips) expect(l).toContain('--break-system-packages');
    const r = rewrite(ex.text);
    expect(r.output).toMatch(/-m venv (\S+)/);
    const venv = /-m venv (\S+)/.exec(r.output)![1]!;
    expect(r.output).toMatch(new RegExp(`COPY --from=\\S+ ${venv} `));
    expect(r.layers.after.rebuiltMBOnSourceChange).toBeLessThan(r.layers.before.rebuiltMBOnSourceChange);
  });
});
