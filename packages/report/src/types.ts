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
