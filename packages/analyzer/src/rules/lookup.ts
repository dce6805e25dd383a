import type { Rule } from './define.js';

/**
 * Resolves what a user writes (our id `DOP050`, a slug, or another tool's id such as `DL3014`,
 * `JSONArgsRecommended`, `DS-0021` / `DS021` / `AVD-DS-0021`) to our rules. One foreign id may
 * map to several of ours and the other way round.
 */
export class RuleLookup {
  private readonly byKey = new Map<string, Rule[]>();

  constructor(readonly rules: readonly Rule[]) {
    for (const rule of rules) {
      const keys = [
        rule.meta.id,
        rule.meta.slug,
        ...(rule.meta.aka.hadolint ?? []),
        ...(rule.meta.aka.buildkit ?? []),
        ...(rule.meta.aka.trivy ?? []),
      ];
      for (const k of keys) {
        const key = normalizeKey(k);
        const list = this.byKey.get(key) ?? [];
        if (!list.includes(rule)) list.push(rule);
        this.byKey.set(key, list);
      }
    }
  }

  resolve(key: string): Rule[] {
    return this.byKey.get(normalizeKey(key)) ?? [];
  }

  /** Rule ids for a list of keys; unknown keys are returned separately so callers can warn. */
  resolveAll(keys: readonly string[]): { ids: Set<string>; unknown: string[] } {
    const ids = new Set<string>();
    const unknown: string[] = [];
    for (const k of keys) {
      const found = this.resolve(k);
      if (found.length === 0) unknown.push(k);
      for (const r of found) ids.add(r.meta.id);
    }
    return { ids, unknown };
  }
}

/** Case-insensitive; Trivy ids with or without `AVD-` and with `DS002`, `DS-002` or `DS-0002`. */
export function normalizeKey(key: string): string {
  const k = key.trim().toLowerCase().replace(/^avd-/, '');
  const trivy = /^ds-?(\d+)$/.exec(k);
  if (trivy) return `ds-${String(Number(trivy[1])).padStart(4, '0')}`;
  return k;
}
