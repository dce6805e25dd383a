import type { Span } from '../types.js';

/** A shell word: its value with quotes removed and escapes resolved; expansions stay literal. */
export interface Word {
  value: string;
  /** The word as written (continuations removed). */
  raw: string;
  /** Where the word is in the original Dockerfile. */
  span: Span;
  /** Any part of it was quoted. */
  quoted: boolean;
  /** It contains a parameter, command or arithmetic expansion (`$x`, `$(…)`, backticks). */
  expansion: boolean;
}

export interface Redirect {
  /** `>`, `>>`, `<`, `<<`, `<<-`, `<<<`, `>&`, `&>`, `2>` … as written, without the fd digits. */
  op: string;
  fd: number | null;
  target: Word | null;
  span: Span;
}

/** Where a simple command sits, for rules that care (e.g. a pipe inside `$(…)`). */
/** `exec`: the command of an exec-form RUN (a JSON array, run without a shell). */
export type CommandContext = 'top' | 'subshell' | 'substitution' | 'sh-c' | 'heredoc' | 'exec';

export type Connector = '&&' | '||' | ';' | '&' | '|' | null;

export interface SimpleCommand {
  /** Every word after the assignments, wrappers (sudo, env …) included. */
  argv: Word[];
  /** Leading `NAME=value` words, and those given through `env`. */
  assignments: readonly Word[];
  redirects: readonly Redirect[];
  span: Span;
  /** Index in argv of the program that actually runs, after `sudo`, `env`, `nice`, `time` … */
  programIndex: number;
  /** Names of the wrappers that were skipped to find the program (`sudo`, `env` …). */
  wrappers: readonly string[];
  /** Basename of the program (`/usr/bin/apt-get` → `apt-get`); '' when there is none. */
  name: string;
  /** The words after the program. */
  args: Word[];
  /** Which pipeline the command belongs to, its index in it and the pipeline's length. */
  pipeline: { id: number; index: number; size: number };
  /** The operator before this command in its list (`null` for the first). */
  connector: Connector;
  context: CommandContext;
  /** Nesting depth: 0 at the top of a RUN. */
  depth: number;
  /**
   * The `if`/`case` arms the command sits in, outermost first. Arm 0 is an `if` condition (it
   * always runs); arms 1, 2 … are alternatives: no run takes two different arms of one group.
   */
  branches: readonly Branch[];
}

export interface Branch {
  group: number;
  arm: number;
}

export interface ShellProblem {
  message: string;
  span: Span;
}

export interface ShellScript {
  commands: SimpleCommand[];
  problems: ShellProblem[];
}
