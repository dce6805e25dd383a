/** Public types of the analyzer. Offsets are UTF-16 code-unit offsets into the analysed text. */

export type Severity = 'error' | 'warning' | 'info' | 'style';
export const SEVERITY_ORDER: Record<Severity, number> = { error: 3, warning: 2, info: 1, style: 0 };

/** Text in both languages of the product. */
export interface Localized {
  en: string;
  ko: string;
}

/** 1-based line and column (column counts UTF-16 code units), as editors and SARIF show them. */
export interface Position {
  line: number;
  column: number;
}

/** Half-open range: `end` points just past the last character. */
export interface Range {
  start: Position;
  end: Position;
}

/** Half-open offset span in the original text. */
export interface Span {
  start: number;
  end: number;
}

/** Replace `text.slice(start, end)` with `text` (insertion when start === end). */
export interface TextEdit extends Span {
  text: string;
}

/** `safe`: applying it alone never changes what the image does. `review`: a person must accept it. */
export type FixSafety = 'safe' | 'review';

export interface Fix {
  title: Localized;
  safety: FixSafety;
  edits: TextEdit[];
}

/** The equivalent rule ids in other tools. */
export interface Aka {
  hadolint?: string[];
  buildkit?: string[];
  trivy?: string[];
}

/** A file of the build context, and a line in it when one line decides. */
export interface ContextFileRef {
  path: string;
  line?: number;
}

export interface Finding {
  ruleId: string;
  slug: string;
  severity: Severity;
  message: Localized;
  range: Range;
  span: Span;
  practices: string[];
  aka: Aka;
  fix?: Fix;
  /**
   * Files of the build context the finding is about (the `.env` a folder copy takes, the
   * `.dockerignore` line that excludes a source), relative to the context root. The finding itself
   * stays on the Dockerfile line that does it: that line is what changes.
   */
  contextFiles?: ContextFileRef[];
  /**
   * Other places in the Dockerfile the finding names (the `COPY . .` a late install runs after,
   * the RUN a download is used in), in the order the message names them. The finding itself stays
   * on the line that changes; these are the lines that explain it.
   */
  related?: Range[];
  /** Set when the rule itself failed on this file (a bug of ours, reported instead of thrown). */
  internal?: true;
}

export interface LabelSchema {
  [label: string]: 'text' | 'url' | 'semver' | 'hash' | 'rfc3339' | 'spdx' | 'email';
}

/** Analyzer options; every field is optional. */
export interface AnalyzeOptions {
  /** Rule ids (ours or aka ids such as DL3008 / JSONArgsRecommended / DS-0001) to switch off. */
  disabledRules?: string[];
  /** Rule ids (ours or aka) to switch on that are off by default. */
  enabledRules?: string[];
  /** Severity per rule id (ours or aka); `off` disables. */
  severityOverrides?: Record<string, Severity | 'off'>;
  /** Registries allowed in FROM (globs such as `*.gcr.io`); empty = no restriction. */
  trustedRegistries?: string[];
  /** Labels that every final image must carry, with their expected format. */
  requiredLabels?: LabelSchema;
  /** Ignore `# dop ignore`, `# hadolint ignore` and `# check=skip` pragmas. */
  disableIgnorePragmas?: boolean;
  /**
   * The files the build can see (the folder of the Dockerfile, or `--context DIR`). Rules that need
   * it (a COPY source that does not exist, a file `.dockerignore` excludes, …) stay quiet without it.
   */
  context?: import('./context/types.js').BuildContext;
}

export interface Analysis {
  findings: Finding[];
  model: import('./model/types.js').DockerfileModel;
  /** Findings removed by pragmas or config, for tools that want to show them. */
  suppressed: number;
}
