import type { TextStore } from './text-store.js';
import type { Finding } from '@dop/analyzer';

/** One file's outcome, as the formats need it (no model: results cross worker boundaries). */
export interface FileResult {
  /** Path as shown to the user: relative to the working folder, `/`-separated; `-` for stdin. */
  path: string;
  /** The text that was linted (after fixes when `--fix` ran): the tty format shows code frames. */
  text: string;
  findings: Finding[];
  /** Set when the file could not be read or is not text: the others still run. */
  error?: string;
  /**
   * With --fix: what was applied, whether the file was written, and the fixes left out because
   * they clashed with another (the analyzer's edit policy; `reason` is its DeferReason).
   */
  fix?: {
    applied: { ruleId: string; line: number }[];
    written: boolean;
    skipped?: string;
    deferred?: { ruleId: string; line: number; reason: string }[];
  };
  /** With --with-rewrite: what `dop rewrite` would do to this file. */
  rewrite?: { changes: number; review: number; restructured: boolean };
  /** The build context's folder as shown (relative to the working folder, `/`-separated, `.` for it), when one was read. */
  contextRoot?: string;
}

/** Where a build-context file a finding names is, as shown: under the context's folder. */
export function contextFileShown(r: FileResult, path: string): string {
  const root = r.contextRoot ?? '.';
  return root === '.' || root === '' ? path : `${root.replace(/\/$/, '')}/${path}`;
}

export type Lang = 'en' | 'ko';

export interface FormatContext {
  lang: Lang;
  color: boolean;
  /** Tool version for SARIF and JSON headers. */
  version: string;
}

/**
 * A format written one file at a time: each file's part is serialized when it comes and kept as
 * text, so a run over thousands of files holds text, not every file's result objects, until the
 * document (whose summary precedes its files) can be written.
 */
export interface FormatWriter {
  /** Takes one file's result; returns what can be written at once ('' for a document written whole). */
  add(r: FileResult): string;
  /**
   * The rest of the output once every file has been added, in pieces to be written in order (a
   * run's output is not joined into one string: that would hold it twice).
   */
  end(): Iterable<string>;
}

/** A whole document from a writer: the same bytes as adding the files one by one. */
export function writeAll(writer: FormatWriter, results: readonly FileResult[]): string {
  let out = '';
  for (const r of results) out += writer.add(r);
  for (const piece of writer.end()) out += piece;
  return out;
}

/**
 * A value serialized as it would be nested `depth` levels deep in a document written by
 * `JSON.stringify(doc, null, 2)` (JSON text has no raw line breaks inside strings).
 */
export function nestedJson(value: unknown, depth: number): string {
  return JSON.stringify(value, null, 2).replaceAll('\n', `\n${'  '.repeat(depth)}`);
}

/** A JSON array of values kept serialized with `nestedJson(v, depth)`, as it sits `depth - 1` levels deep. */
export function* listed(items: TextStore, depth: number): Generator<string> {
  if (items.size === 0) {
    yield '[]';
    return;
  }
  const pad = '  '.repeat(depth);
  for (let i = 0; i < items.size; i++) {
    yield `${i === 0 ? '[' : ','}\n${pad}`;
    yield items.get(i);
  }
  yield `\n${'  '.repeat(depth - 1)}]`;
}
