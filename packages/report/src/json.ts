import {
  contextFileShown,
  type FileResult,
  type FormatContext,
  type FormatWriter,
  listed,
  nestedJson,
  writeAll,
} from './types.js';
import { countFile, emptySummary } from './summary.js';
import { TextStore } from './text-store.js';

/**
 * Machine output: every finding with both languages, ranges (1-based) and offsets, the other lines
 * its message names (`related`), fixes included.
 */
export function formatJson(results: readonly FileResult[], ctx: FormatContext): string {
  return writeAll(jsonWriter(ctx), results);
}

/**
 * The JSON document a file at a time: `JSON.stringify(doc, null, 2)` of
 * `{ tool, summary, files }`, each file's entry serialized as it comes (its objects dropped), the
 * summary counted on the way and written first at the end.
 */
export function jsonWriter(ctx: FormatContext): FormatWriter {
  const summary = emptySummary();
  const files = new TextStore();
  return {
    add(r) {
      countFile(summary, r);
      files.add(nestedJson(jsonFile(r, ctx), 2));
      return '';
    },
    *end() {
      const head = JSON.stringify({ tool: { name: 'dop', version: ctx.version }, summary }, null, 2);
      // The head ends with the object's closing "\n}": the files go in before it.
      yield `${head.slice(0, -2)},\n  "files": `;
      yield* listed(files, 2);
      yield '\n}\n';
    },
  };
}

function jsonFile(r: FileResult, ctx: FormatContext) {
  return {
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
  };
}
