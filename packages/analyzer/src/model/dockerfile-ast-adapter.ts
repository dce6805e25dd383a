/**
 * How the analyzer uses dockerfile-ast (pinned in package.json), in one place. Two of its methods
 * are replaced, once, when the first model is built; `dockerfile-ast-adapter.test.ts` fails if a
 * new version renames or drops either, rather than the replacement silently doing nothing:
 *
 * - `Instruction#getRawArguments` recomputes an instruction's words from its text on every call,
 *   and the library's own constructors, `getFlags`, `getArgumentsRange` and `getHeredocs` call it
 *   again and again (about a third of an analysis went there). An instruction's text never changes
 *   after parsing, so the words are computed once (by `raw-arguments.ts`: the same words, without
 *   the library's per-character string building and per-word position searches) and kept on the
 *   instruction; every call returns that one list, which nothing changes:
 * - `ModifiableInstruction#getArguments`, the one caller that changed the list it received (it
 *   shifted the flags off), takes the words after the flags as a new list instead.
 * - `Parser#processArguments` builds each instruction twice: once to find its here-documents
 *   (`processHeredocs` reads its words for `<<NAME`), then again with the here-documents' lines.
 *   The first build split all the words of every instruction a second time, for the few that
 *   have a here-document; it is now skipped when the instruction's text has no `<`, since every
 *   character of a word comes from the text and no word can then begin with `<<`.
 * - `Util.isUTF8BOM` asks Node's global `Buffer` whether the first character is a byte-order mark;
 *   browsers and workers have no Buffer, and in Node the call costs more than the parse of a short
 *   file's first line. A BOM decoded into a string is the one character U+FEFF.
 */
import { type Argument, Instruction, ModifiableInstruction } from 'dockerfile-ast';
import { Parser } from 'dockerfile-ast/lib/parser.js';
import { Util } from 'dockerfile-ast/lib/util.js';
import { type RawArgumentsSource, rawArguments } from './raw-arguments.js';

/** The library's members this adapter replaces (the test checks each exists and is replaced). */
export const ADAPTED_MEMBERS = [
  { owner: 'Instruction.prototype', name: 'getRawArguments' },
  { owner: 'ModifiableInstruction.prototype', name: 'getArguments' },
  { owner: 'Parser.prototype', name: 'processArguments' },
  { owner: 'Parser.prototype', name: 'createInstruction' },
  { owner: 'Util', name: 'isUTF8BOM' },
] as const;

const WORDS = Symbol('dop.rawArguments');
type Adapted = { [WORDS]?: Argument[] };
type WithRaw = { getRawArguments(this: Adapted): Argument[] };
type WithArguments = WithRaw & { getArguments(): Argument[]; getFlags(): unknown[] };
/** The parser's members read here (lib/parser.js: private, hence the shape spelled out). */
interface ParserInternals {
  buffer: string;
  [PROBING]?: boolean;
  processArguments(this: ParserInternals, ...args: unknown[]): number;
  createInstruction(
    this: ParserInternals,
    dockerfile: unknown,
    instruction: string,
    start: number,
    instructionEnd: number,
    end: number,
  ): unknown;
}
const PROBING = Symbol('dop.probingHeredocs');
/** What `processHeredocs` receives for an instruction without `<`: a keyword it passes over. */
const NO_HEREDOC = { getKeyword: () => '' };

/** The library's own word split, kept for the test that compares it with `rawArguments`. */
export const libraryRawArguments = (Instruction.prototype as unknown as WithRaw).getRawArguments;

let adapted = false;

/** Makes dockerfile-ast fast and platform-neutral for the analyzer; idempotent. */
export function adaptDockerfileAst(): void {
  if (adapted) return;
  const proto = Instruction.prototype as unknown as WithRaw;
  const modifiable = ModifiableInstruction.prototype as unknown as WithArguments;
  const util = Util as unknown as { isUTF8BOM?: unknown };
  const parser = Parser.prototype as unknown as ParserInternals;
  if (
    typeof proto.getRawArguments !== 'function' ||
    typeof modifiable.getArguments !== 'function' ||
    typeof modifiable.getFlags !== 'function' ||
    typeof parser.processArguments !== 'function' ||
    typeof parser.createInstruction !== 'function' ||
    typeof util.isUTF8BOM !== 'function'
  ) {
    // Loud on purpose: every file then reports that it could not be parsed, never a silent no-op.
    throw new Error(
      'dockerfile-ast changed: Instruction#getRawArguments, ModifiableInstruction#getArguments, Parser#processArguments, Parser#createInstruction or Util.isUTF8BOM is missing',
    );
  }
  proto.getRawArguments = function (this: Adapted): Argument[] {
    let words = this[WORDS];
    if (!words) {
      words = rawArguments(this as unknown as RawArgumentsSource);
      this[WORDS] = words;
    }
    return words;
  };
  modifiable.getArguments = function (this: Adapted & WithArguments): Argument[] {
    const words = this.getRawArguments();
    // getFlags() reads getArguments() while it collects the flags (none yet): all the words then.
    const flags = this.getFlags().length;
    return flags === 0 ? words : words.slice(flags);
  };
  const processArguments = parser.processArguments;
  const createInstruction = parser.createInstruction;
  // processArguments creates an instruction only for processHeredocs (its one other call, after
  // it returns, is the instruction kept).
  parser.processArguments = function (this: ParserInternals, ...args: unknown[]): number {
    this[PROBING] = true;
    try {
      return processArguments.apply(this, args);
    } finally {
      this[PROBING] = false;
    }
  };
  parser.createInstruction = function (
    this: ParserInternals,
    dockerfile,
    instruction,
    start,
    instructionEnd,
    end,
  ) {
    if (this[PROBING]) {
      const lt = this.buffer.indexOf('<', instructionEnd);
      if (lt < 0 || lt >= end) return NO_HEREDOC;
    }
    return createInstruction.call(this, dockerfile, instruction, start, instructionEnd, end);
  };
  Util.isUTF8BOM = (char: string): boolean => char === '\uFEFF';
  adapted = true;
}

/** Whether the adaptation is in place (for the test). */
export function isAdapted(): boolean {
  return adapted;
}
