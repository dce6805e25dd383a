import type { InstructionKeyword } from '../knowledge/instructions.js';
import type { ShellScript } from '../shell/types.js';
import type { LineIndex } from '../text/line-index.js';
import type { Span } from '../types.js';

/** A `# name=value` parser directive at the top of the file. */
export interface DirectiveNode {
  readonly name: string;
  readonly value: string;
  readonly span: Span;
  readonly valueSpan: Span;
}

export interface CommentNode {
  /** Text after `#`, trimmed. */
  readonly content: string;
  readonly span: Span;
  /** 0-based line. */
  readonly line: number;
}

/** `--name=value` on an instruction. */
export interface FlagNode {
  readonly name: string;
  readonly value: string | null;
  readonly span: Span;
  readonly valueSpan: Span | null;
  /** `key=value` pairs inside the value (`--mount=type=cache,target=/x`). */
  readonly options: Record<string, string>;
}

export interface ArgToken {
  readonly value: string;
  readonly span: Span;
}

/** NAME=value of ENV, LABEL and ARG. */
export interface PropertyNode {
  readonly name: string;
  /** Unescaped value; `null` for `ARG NAME` without a default. */
  readonly value: string | null;
  /** The value as written (quotes kept). */
  readonly rawValue: string | null;
  readonly span: Span;
  readonly nameSpan: Span;
  readonly valueSpan: Span | null;
  /** `ENV A=1` (true) or the legacy `ENV A 1` (false). */
  readonly hasEquals: boolean;
}

export interface HeredocNode {
  readonly name: string;
  /** The `<<EOF` marker. */
  readonly markerSpan: Span;
  /** The body between the marker line and the delimiter line (may be empty). */
  readonly contentSpan: Span | null;
  readonly content: string;
  /** Whether the closing delimiter was found. */
  readonly closed: boolean;
}

/** A reference to an image in FROM: split into parts after resolving ARG defaults. */
export interface ImageRef {
  /** As written, e.g. `${BASE}:3.12`. */
  readonly raw: string;
  /** After substituting global ARG defaults; unresolved variables stay as written. */
  readonly resolved: string;
  /** Registry host when given (`ghcr.io`, `localhost:5000`); null means Docker Hub. */
  readonly registry: string | null;
  /** Repository path without registry, tag or digest (`library/python` is written `python`). */
  readonly name: string;
  readonly tag: string | null;
  readonly digest: string | null;
  /** Value of `--platform`, if any. */
  readonly platform: string | null;
  /** Index of an earlier stage this FROM builds on, or null for an image. */
  readonly stage: number | null;
  readonly scratch: boolean;
  /** Variables that could not be resolved (no default, or declared nowhere). */
  readonly unresolved: readonly string[];
  readonly span: Span;
}

/** An instruction keyword, upper case; an unknown one (a parse problem) is kept as written. */
export type Keyword = InstructionKeyword | (string & {});

export interface InstructionNode {
  /** Upper-case keyword (`RUN`). */
  readonly keyword: Keyword;
  /** The keyword as written (`run`). */
  readonly keywordRaw: string;
  readonly span: Span;
  readonly keywordSpan: Span;
  /** The arguments after flags; null when there are none. */
  readonly argsSpan: Span | null;
  /** Raw text of the arguments (continuations kept). */
  readonly argsText: string;
  readonly flags: readonly FlagNode[];
  /** Whitespace-separated arguments (after flags), as the Dockerfile parser splits them. */
  readonly args: readonly ArgToken[];
  /** For exec (JSON array) form: the strings; null for shell form. */
  readonly json: readonly ArgToken[] | null;
  readonly heredocs: readonly HeredocNode[];
  /** ENV, LABEL, ARG key/value pairs. */
  readonly properties: readonly PropertyNode[];
  /** Stage index, or -1 for instructions before the first FROM. */
  readonly stage: number;
  /** Index in `model.instructions`. */
  readonly index: number;
  /** For RUN (and shell-form CMD/ENTRYPOINT/HEALTHCHECK CMD): the commands of its shell script. */
  readonly shell: ShellScript | null;
  /** The instruction an ONBUILD wraps. */
  readonly trigger: InstructionNode | null;
  /** Set on a trigger: the ONBUILD that holds it. */
  readonly onbuild: InstructionNode | null;
  /** 0-based first and last line. */
  readonly startLine: number;
  readonly endLine: number;
}

export interface StageNode {
  readonly index: number;
  /** `AS name` as written, or null. */
  readonly name: string | null;
  readonly nameSpan: Span | null;
  readonly from: InstructionNode;
  readonly image: ImageRef;
  /** Instructions of the stage, FROM first. */
  readonly instructions: readonly InstructionNode[];
  /** The stage is the last one (the image `docker build` produces without --target). */
  readonly isFinal: boolean;
}

export interface ArgDecl {
  readonly name: string;
  readonly value: string | null;
  readonly node: InstructionNode;
}

export interface ParseProblem {
  readonly message: string;
  readonly span: Span;
}

export interface DockerfileModel {
  readonly text: string;
  readonly lines: LineIndex;
  readonly escapeChar: string;
  readonly directives: readonly DirectiveNode[];
  readonly comments: readonly CommentNode[];
  /** Every top-level instruction in order (ONBUILD triggers are reached through `trigger`). */
  readonly instructions: readonly InstructionNode[];
  readonly globalArgs: readonly ArgDecl[];
  readonly stages: readonly StageNode[];
  /** The shell RUN uses at each instruction is set per stage by SHELL; this is the default. */
  readonly problems: readonly ParseProblem[];
  /** A Windows image (`# escape=``, a Windows base or a PowerShell/cmd SHELL). */
  readonly windows: boolean;
}
