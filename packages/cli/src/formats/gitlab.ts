import { createHash } from 'node:crypto';
import type { Severity } from '@dop/analyzer';
import { listed, nestedJson, TextStore } from '@dop/report';
import type { FormatContext, FormatWriter } from '../types.js';

const LEVEL: Record<Severity, string> = { error: 'critical', warning: 'major', info: 'minor', style: 'info' };

/**
 * GitLab Code Quality report (a JSON array of issues with a unique fingerprint each): each issue
 * serialized as it comes (as `JSON.stringify(issues, null, 2)` nests it), kept as text.
 */
export function gitlabWriter(ctx: FormatContext): FormatWriter {
  const issues = new TextStore();
  const seen = new Map<string, number>();
  return {
    add(r) {
      for (const f of r.findings) {
        const base = `${r.path}\0${f.ruleId}\0${f.message.en}`;
        // Identical findings in one file still need distinct fingerprints: count occurrences.
        const n = seen.get(base) ?? 0;
        seen.set(base, n + 1);
        const issue = {
          description: f.message[ctx.lang],
          check_name: f.ruleId,
          fingerprint: createHash('md5').update(`${base}\0${n}`).digest('hex'),
          severity: LEVEL[f.severity],
          location: { path: r.path, lines: { begin: f.range.start.line, end: f.range.end.line } },
        };
        issues.add(nestedJson(issue, 1));
      }
      return '';
    },
    *end() {
      yield* listed(issues, 1);
      yield '\n';
    },
  };
}
