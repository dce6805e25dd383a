/**
 * The rewriter's contract (../shared/DESIGN.md, "The rewriter"): what `rewrite()` returns and what
 * the app, the CLI and the benchmarks draw from it.
 */
import type { BuildContext, FixSafety, Localized, Range, Span } from '@dop/analyzer';

/** How safe a change is: the analyzer's one name for it (`safe` whatever the rest of the file and the base image are; `review` otherwise). */
export type { FixSafety };

/** One explained change between the input and the output. */
export interface Change {
  /**
   * Stable for the same input: `<transform>:<first source line>` (plus `#n` when one transform
   * changes one line twice), so the app can switch a change off and ask again.
   */
  id: string;
  /** The transform that made it (its file name without extension), e.g. `apt-merge-update-install`. */
  transform: string;
  title: Localized;
  explanation: Localized;
  /** Practices (P01…P36) the change applies. */
  practices: string[];
  /** Analyzer rule ids (DOPnnn) whose findings this change resolves. */
  resolves: string[];
  /** Where it comes from in the input, and where it landed in the output (offsets and lines). */
  sourceRanges: SourceRange[];
  outputRanges: SourceRange[];
  risk: FixSafety;
}

export interface SourceRange {
  span: Span;
  range: Range;
}

/** Something the rewriter chose not to do, and why. */
export interface Note {
  id: string;
  message: Localized;
  /** Where in the input it applies, if anywhere in particular. */
  sourceRanges: SourceRange[];
}

/** Relative size of what a layer adds. Estimates, never measurements. */
export type SizeClass = 'none' | 'tiny' | 'small' | 'medium' | 'large' | 'huge';

/** What invalidates a layer's cache. */
export type Trigger = 'source' | 'manifest' | 'base';

export interface LayerInfo {
  /** The instruction, as written (first line), e.g. `RUN pip install -r requirements.txt`. */
  instruction: string;
  keyword: string;
  /** 1-based lines of the instruction in its own text (input or output). */
  startLine: number;
  endLine: number;
  /** Whether it adds a filesystem layer (RUN, COPY, ADD) or only metadata. */
  makesLayer: boolean;
  sizeClass: SizeClass;
  /** Estimated size added, in MB (an estimate from the data tables). */
  estimatedMB: number;
  /** The changes that make this instruction re-run: source file, dependency manifest, base image. */
  rerunsOn: Trigger[];
  /** A RUN that installs packages (a package manager's install, download or restore). */
  installs: boolean;
}

export interface StageLayers {
  index: number;
  name: string | null;
  base: string;
  /** Estimated size of the external base image from the analyzer's table (uncompressed MB); null when unknown or a stage. */
  baseMB: number | null;
  isFinal: boolean;
  layers: LayerInfo[];
}

export interface LayerModel {
  stages: StageLayers[];
  /** Layer-making instructions (RUN, COPY, ADD) of the stages the final image needs that re-run when only a source file changes. */
  rerunOnSourceChange: number;
  /** Of those, the RUN steps (a COPY re-run only copies; a RUN runs its commands again). */
  runsRerunOnSourceChange: number;
  /**
   * Of those RUN steps, the ones that could run before the source: every command a program known
   * to read only what it names and its own system folders (analyzer knowledge/context-free-programs.ts),
   * naming nothing a re-running COPY or ADD above it brought (in its stage or the stages it is built
   * from). What re-running RUNs between them wrote is not looked at: a bound on what moving RUNs
   * above the source can still save, not a promise.
   */
  avoidableRunsRerunOnSourceChange: number;
  /** …when a dependency manifest or lock file changes. */
  rerunOnManifestChange: number;
  /** Estimated MB those source-change re-runs write again: a re-run install weighs more than a re-run COPY. */
  rebuiltMBOnSourceChange: number;
  /**
   * Of those re-runs, the RUNs that install packages (npm, pip, go mod download, apt-get …): the
   * cache lesson's measure, as the build lab counts it. A build step after the source must re-run;
   * an install need not.
   */
  installsRerunOnSourceChange: number;
}

export interface SizeEstimate {
  /** Estimated final image size in MB: always an estimate (nothing here builds images). */
  beforeMB: number;
  afterMB: number;
  /** How the numbers were reached, in both languages. */
  assumptions: Localized[];
}

export interface Rewrite {
  output: string;
  /** A suggested `.dockerignore` for what the Dockerfile copies. */
  dockerignore: string;
  changes: Change[];
  notes: Note[];
  layers: { before: LayerModel; after: LayerModel };
  size: SizeEstimate;
}

export interface RewriteOptions {
  /** Transform ids to switch off. */
  disabledTransforms?: string[];
  /** Change ids (from a previous rewrite of the same text) to leave out: the app's per-change toggles. */
  rejectedChanges?: string[];
  /**
   * When given, only these change ids may be applied; every other proposal is left out. Step-through
   * uses it: leaving out the later changes can make a transform propose a change the full rewrite
   * never made (an apt-lists cleanup on an `apt-get update` a later change would have merged), and
   * a step must show exactly its own change.
   */
  onlyChanges?: string[];
  /** Numeric user for the runtime stage (default 10001). */
  runtimeUid?: number;
  /** Allow restructuring into build and runtime stages (default true). */
  multiStage?: boolean;
  /**
   * The files beside the Dockerfile, when known (the CLI's folder, the playground's added files).
   * Choices taken from it say which file they came from; without it the rewrite guesses as before.
   */
  context?: BuildContext;
  /**
   * Keep package caches in BuildKit cache mounts (`RUN --mount=type=cache,…`) instead of cleaning
   * them: faster rebuilds, nothing in the layer (default false: needs BuildKit).
   */
  cacheMounts?: boolean;
}
