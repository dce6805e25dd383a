import { contextFileShown, type FileResult, type FormatContext } from './types.js';
import { summarize } from './summary.js';

/**
 * Machine output: every finding with both languages, ranges (1-based) and offsets, the other lines
 * its message names (`related`), fixes included.
 */
export function formatJson(results: readonly FileResult[], ctx: FormatContext): string {
  const doc = {
    tool: { name: 'dop', version: ctx.version },
    summary: summarize(results),
    files: results.map((r) => ({
      path: r.path,
      ...(r.error ? { error: r.error } : {}),
      ...(r.fix ? { fix: r.fix } : {}),
      ...(r.rewrite ? { rewrite: r.rewrite } : {}),
      ...(r.contextRoot !== undefined ? { context: r.contextRoot } : {}),
      findings: r.findings.map((f) => ({
        ruleId: f.ruleId,
        slug: f.slug,
        severity: f.severity,
        message: f.message[ctx.lang],
        messages: f.message,
        range: f.range,
        span: f.span,
        ...(f.related?.length ? { related: f.related } : {}),
        practices: f.practices,
        aka: f.aka,
        ...(f.fix ? { fix: f.fix } : {}),
        ...(f.contextFiles?.length
          ? { contextFiles: f.contextFiles.map((c) => ({ ...c, path: contextFileShown(r, c.path) })) }
          : {}),
      })),
    })),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
