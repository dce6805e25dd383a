import type { InstructionKeyword } from '../knowledge/instructions.js';
import type { ShellScript } from '../shell/types.js';
import type { LineIndex } from '../text/line-index.js';
import type { Span } from '../types.js';

/** A `# name=value` parser directive at the top of the file. */
export interface DirectiveNode {
  name: string;
  value: string;
  span: Span;
  valueSpan: Span;
}

export interface CommentNode {
  /** Text after `#`, trimmed. */
  content: string;
  span: Span;
  /** 0-based line. */
  line: number;
}

/** `--name=value` on an instruction. */
export interface FlagNode {
  name: string;
  value: string | null;
  span: Span;
  valueSpan: Span | null;
  /** `key=value` pairs inside the value (`--mount=type=cache,target=/x`). */
  options: Record<string, string>;
}

export interface ArgToken {
  value: string;
  span: Span;
}

/** NAME=value of ENV, LABEL and ARG. */
export interface PropertyNode {
  name: string;
  /** Unescaped value; `null` for `ARG NAME` without a default. */
  value: string | null;
  /** The value as written (quotes kept). */
  rawValue: string | null;
  span: Span;
  nameSpan: Span;
  valueSpan: Span | null;
  /** `ENV A=1` (true) or the legacy `ENV A 1` (false). */
  hasEquals: boolean;
}

export interface HeredocNode {
  name: string;
  /** The `<<EOF` marker. */
  markerSpan: Span;
  /** The body between the marker line and the delimiter line (may be empty). */
  contentSpan: Span | null;
  content: string;
  /** Whether the closing delimiter was found. */
  closed: boolean;
}

/** A reference to an image in FROM: split into parts after resolving ARG defaults. */
export interface ImageRef {
  /** As written, e.g. `${BASE}:3.12`. */
  raw: string;
  /** After substituting global ARG defaults; unresolved variables stay as written. */
  resolved: string;
  /** Registry host when given (`ghcr.io`, `localhost:5000`); null means Docker Hub. */
  registry: string | null;
  /** Repository path without registry, tag or digest (`library/python` is written `python`). */
  name: string;
  tag: string | null;
  digest: string | null;
  /** Value of `--platform`, if any. */
  platform: string | null;
  /** Index of an earlier stage this FROM builds on, or null for an image. */
  stage: number | null;
  scratch: boolean;
  /** Variables that could not be resolved (no default, or declared nowhere). */
  unresolved: string[];
  span: Span;
}

/** An instruction keyword, upper case; an unknown one (a parse problem) is kept as written. */
export type Keyword = InstructionKeyword | (string & {});

export interface InstructionNode {
  /** Upper-case keyword (`RUN`). */
  keyword: Keyword;
  /** The keyword as written (`run`). */
  keywordRaw: string;
  span: Span;
  keywordSpan: Span;
  /** The arguments after flags; null when there are none. */
  argsSpan: Span | null;
  /** Raw text of the arguments (continuations kept). */
  argsText: string;
  flags: FlagNode[];
  /** Whitespace-separated arguments (after flags), as the Dockerfile parser splits them. */
  args: ArgToken[];
  /** For exec (JSON array) form: the strings; null for shell form. */
  json: ArgToken[] | null;
  heredocs: HeredocNode[];
  /** ENV, LABEL, ARG key/value pairs. */
  properties: PropertyNode[];
  /** Stage index, or -1 for instructions before the first FROM. */
  stage: number;
  /** Index in `model.instructions`. */
  index: number;
  /** For RUN (and shell-form CMD/ENTRYPOINT/HEALTHCHECK CMD): the commands of its shell script. */
  shell: ShellScript | null;
  /** The instruction an ONBUILD wraps. */
  trigger: InstructionNode | null;
  /** Set on a trigger: the ONBUILD that holds it. */
  onbuild: InstructionNode | null;
  /** 0-based first and last line. */
  startLine: number;
  endLine: number;
}

export interface StageNode {
  index: number;
  /** `AS name` as written, or null. */
  name: string | null;
  nameSpan: Span | null;
  from: InstructionNode;
  image: ImageRef;
  /** Instructions of the stage, FROM first. */
  instructions: InstructionNode[];
  /** The stage is the last one (the image `docker build` produces without --target). */
  isFinal: boolean;
}

export interface ArgDecl {
  name: string;
  value: string | null;
  node: InstructionNode;
}

export interface ParseProblem {
  message: string;
  span: Span;
}

export interface DockerfileModel {
  text: string;
  lines: LineIndex;
  escapeChar: string;
  directives: DirectiveNode[];
  comments: CommentNode[];
  /** Every top-level instruction in order (ONBUILD triggers are reached through `trigger`). */
  instructions: InstructionNode[];
  globalArgs: ArgDecl[];
  stages: StageNode[];
  /** The shell RUN uses at each instruction is set per stage by SHELL; this is the default. */
  problems: ParseProblem[];
  /** A Windows image (`# escape=``, a Windows base or a PowerShell/cmd SHELL). */
  windows: boolean;
}
