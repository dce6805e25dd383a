/**
 * The rewrite's steps (transforms/index.ts) against the rules: a fix belongs to the rule that
 * proves the problem, and a transform only restructures, for rules that say so in their metadata.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, rules } from '@dop/analyzer';
import { describe, expect, it } from 'vitest';
import { rewrite } from '../src/rewrite.js';
import { STEPS, TRANSFORMS } from '../src/transforms/index.js';

const META = new Map(rules.map((r) => [r.id, r]));
const golden = join(import.meta.dirname, 'golden');
const inputs = [
  ...rules.map((r) => r.examples.bad),
  ...readdirSync(golden)
    .map((d) => join(golden, d, 'input.Dockerfile'))
    .filter(existsSync)
    .map((f) => readFileSync(f, 'utf8')),
];

describe('the rewrite steps', () => {
  it('keep their public ids (change ids, the app switches and permalinks use them)', () => {
    expect(TRANSFORMS.map((t) => t.id)).toEqual([
      'tidy-syntax',
      'pin-base-tag',
      'key-value-format',
      'maintainer-label',
      'add-to-copy',
      'exec-form',
      'apt-get-not-apt',
      'merge-update-install',
      'non-interactive-install',
      'no-install-recommends',
      'package-cache-off',
      'package-cache-clean',
      'sort-packages',
      'build-args',
      'shell-hygiene',
      'late-cleanup',
      'cache-mounts',
      'cd-to-workdir',
      'chown-on-copy',
      'dependencies-before-source',
      'npm-ci',
      'dependency-prefetch',
      'npm-start',
      'multi-stage',
      'steps-before-source',
      'system-pip',
      'syntax-directive',
    ]);
  });

  it('apply only fixes of rules that have one', () => {
    for (const step of STEPS.filter((s) => s.kind === 'fix-of-rule'))
      for (const id of step.rules)
        expect(META.get(id)?.fixable, `${step.id}: ${id}`).toMatch(/^(safe|review)$/);
  });

  it('restructure only for rules with no fix of their own that name the step', () => {
    for (const step of STEPS.filter((s) => s.kind === 'restructure'))
      for (const id of step.rules) {
        const meta = META.get(id);
        expect(meta, id).toBeDefined();
        if (meta!.fixable === 'none') expect(meta!.restructuredBy, `${step.id}: ${id}`).toBe(step.id);
      }
    for (const meta of META.values()) {
      if (!meta.restructuredBy) continue;
      const step = STEPS.find((s) => s.id === meta.restructuredBy);
      expect(step?.kind, `${meta.id} → ${meta.restructuredBy}`).toBe('restructure');
      expect(step!.rules, `${meta.id} → ${meta.restructuredBy}`).toContain(meta.id);
    }
  });

  it('resolve only rules that have a fix or name a restructuring step (every example and golden input)', () => {
    const resolved = new Set(inputs.flatMap((t) => rewrite(t).changes.flatMap((c) => c.resolves)));
    expect(resolved.size).toBeGreaterThan(30);
    const orphans = [...resolved].filter((id) => {
      const m = META.get(id);
      return !m || (m.fixable === 'none' && !m.restructuredBy);
    });
    expect(orphans).toEqual([]);
  });

  it('meta.fixable says what the rule fixes: none carries no fix, safe carries only safe ones', () => {
    const wrong: string[] = [];
    for (const t of inputs)
      for (const f of analyze(t).findings) {
        const fixable = META.get(f.ruleId)?.fixable;
        if (f.fix && fixable === 'none') wrong.push(`${f.ruleId} has a fix but says none`);
        if (f.fix?.safety === 'review' && fixable === 'safe')
          wrong.push(`${f.ruleId} says safe, gave review`);
      }
    expect([...new Set(wrong)]).toEqual([]);
  });
});
