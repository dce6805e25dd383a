import type {
  Analysis,
  BuildContext,
  DockerfileModel,
  Finding,
  FixSafety,
  Localized,
  TextEdit,
} from '@dop/analyzer';

/** Options after defaults are applied. */
export interface ResolvedOptions {
  runtimeUid: number;
  multiStage: boolean;
  /** BuildKit cache mounts for package caches instead of cleaning them. */
  cacheMounts: boolean;
  /** The build context, when given: choices read from it name the file. */
  context?: BuildContext;
}

/** A change a transform wants to make: edits in the coordinates of the text it was given. */
export interface Proposal {
  title: Localized;
  explanation: Localized;
  practices: string[];
  /** Rule ids (DOPnnn) whose findings this resolves. */
  resolves: string[];
  risk: FixSafety;
  edits: TextEdit[];
  /** What this change replaces: notes about it no longer hold once the change is applied. */
  replaces?: readonly NoteSubject[];
}

/**
 * What a note is about, when a later step may replace it: a note that says the container's command
 * was left as it is is untrue once a change writes a command of its own, and is withdrawn then.
 */
export type NoteSubject = 'container-command';

export interface NoteProposal {
  /** Stable key of the note within its transform. */
  key: string;
  message: Localized;
  /** Offsets in the text the transform was given. */
  spans?: { start: number; end: number }[];
  /** Withdrawn when a change that `replaces` this subject is applied. */
  about?: NoteSubject;
}

export interface TransformContext {
  text: string;
  model: DockerfileModel;
  /** The analyzer's findings for `text` (every rule, opt-in ones off); computed when first read. */
  analysis: Analysis;
  /** The findings of only these rules for `text`: much cheaper than every rule's. */
  findingsOf(ruleIds: readonly string[]): Finding[];
  options: ResolvedOptions;
  propose(p: Proposal): void;
  note(n: NoteProposal): void;
}

/** One optimization, in a file of its own; switched off by its id. */
export interface Transform {
  id: string;
  run(ctx: TransformContext): void;
}

export function defineTransform(t: Transform): Transform {
  return t;
}
