import type { ContextView } from '../context/view.js';
import type { Facts } from '../model/facts.js';
import type { DockerfileModel } from '../model/types.js';
import type { Aka, ContextFileRef, FixSafety, Localized, Severity, Span, TextEdit } from '../types.js';

export type PracticeId = `P${number}`;

/** Everything a rule says about itself: the single source of its docs, hovers and CLI help. */
export interface RuleMeta {
  /** Stable id, never reused: `DOP012`. */
  id: string;
  /** Human name in kebab-case: `apt-get-missing-yes`. */
  slug: string;
  title: Localized;
  severity: Severity;
  practices: PracticeId[];
  aka: Aka;
  /** Whether findings carry a fix, and how safe it is when they do. */
  fixable: 'none' | FixSafety;
  /**
   * For a problem no edit of its own can resolve (stages, the order of the build): the id of the
   * rewriter step that restructures the file for it (packages/rewriter/src/transforms/index.ts).
   */
  restructuredBy?: string;
  /** Off unless enabled in the config (like hadolint's DL3057). */
  optIn?: boolean;
  /** Why it matters, what to do instead. */
  explanation: Localized;
  /**
   * A Dockerfile that must give this rule's finding(s), and one that must give none; both run
   * as tests. `options` are the analyzer options both run with (for config-driven rules).
   */
  examples: {
    bad: string;
    /**
     * The 1-based line each finding of `bad` starts on, one entry per finding in the analyzer's
     * order: the example test compares exactly, so a lost or an extra finding fails it.
     */
    badLines: number[];
    /**
     * How the rule treats ONBUILD triggers, checked by running `bad` with every instruction but
     * FROM, ARG and MAINTAINER wrapped in ONBUILD: `same` (a trigger is checked as the instruction
     * it holds: the same lines), `ignored` (triggers give no finding; say why beside it), or the
     * lines the rule gives on the wrapped example when it treats triggers its own way.
     */
    onbuild: OnbuildTreatment;
    good: string;
    options?: import('../types.js').AnalyzeOptions;
  };
}

/** How a rule treats ONBUILD triggers (see `RuleMeta.examples.onbuild`). */
export type OnbuildTreatment = 'same' | 'ignored' | { badLines: number[] };

export interface ResolvedConfig {
  trustedRegistries: string[];
  requiredLabels: Record<string, string>;
}

export interface Report {
  span: Span;
  message: Localized;
  fix?: { title: Localized; safety: FixSafety; edits: TextEdit[] };
  /** The build-context files the finding is about (see Finding.contextFiles). */
  contextFiles?: ContextFileRef[];
  /** Other instructions of the Dockerfile the message names (see Finding.related). */
  related?: Span[];
}

export interface RuleContext {
  model: DockerfileModel;
  text: string;
  config: ResolvedConfig;
  /** The build context, when the caller gave one (null otherwise: context rules then say nothing). */
  buildContext: ContextView | null;
  /** Facts derived from the model, computed once and shared by all rules (model/facts.ts). */
  facts: Facts;
  report(report: Report): void;
}

export interface Rule {
  meta: RuleMeta;
  check(ctx: RuleContext): void;
}

/** Declares a rule; the identity function, kept as the one place to add checks on metadata. */
export function defineRule(rule: Rule): Rule {
  return rule;
}

// The traversal helpers rules read (every instruction, by keyword, every RUN command) live with
// the model they walk; re-exported here, where rules look for them beside defineRule.
export { allInstructions, instructionsOf, runCommands, stageOf } from '../model/traversal.js';
export { hasCacheMount } from '../model/mounts.js';

/** Localized text from a template used in both languages. */
export function both(en: string, ko: string): Localized {
  return { en, ko };
}
