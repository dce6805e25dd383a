/**
 * dockerfile-ast's `Instruction#getRawArguments` (0.7.1), the same words with the same ranges,
 * computed without its per-character costs: the library appends each character of a word to a
 * string and asks the document for the position of every word's ends (a binary search over all
 * the file's lines, two validated `Position`s and a validated `Range` per word), which made its
 * word split about a tenth of an analysis and the largest allocator. Here a word's value is taken
 * in slices of the text, and a word's positions are asked of the document only when its range is
 * asked for (the model reads its offsets, `OffsetArgument#start` and `end`; the library's
 * constructors ask for a few words' ranges, the flags' and the first and last words').
 * `raw-arguments.test.ts` compares the two over the corpus and over generated text.
 */
import type { Argument } from 'dockerfile-ast';
import { beforeCrLf, type LspPosition, rangeEnd, rangeStart } from './ast-document.js';
import { TextRuns } from './text-runs.js';

/** What the word split reads of an instruction (dockerfile-ast's `Instruction`). */
export interface RawArgumentsSource {
  readonly escapeChar: string;
  readonly document: {
    getText(): string;
    offsetAt(p: LspPosition): number;
    positionAt(offset: number): LspPosition;
  };
  getRange(): { start: LspPosition; end: LspPosition };
  getInstructionRange(): { start: LspPosition; end: LspPosition };
}

const SPACE = 32;
const TAB = 9;
const CR = 13;
const LF = 10;
const DOLLAR = 36;
const HASH = 35;
/** `charAt` past the end (''), and an escape character that is not one character. */
const END = -1;
const NONE = -2;

/**
 * A word of dockerfile-ast's split (it reads words through `getValue`, `getRange`, `isAfter` and
 * `isBefore` only, never `instanceof`), with its offsets in the text: its LSP range, two
 * positions, is built on the first call to `getRange`, and most words are never asked.
 */
export class OffsetArgument {
  private range: { start: LspPosition; end: LspPosition } | null = null;
  /**
   * The offsets the word's range stands for (TextDocument's `offsetAt` of its positions, which
   * the model's spans are): the word's own offsets, except that an offset between a CR and its LF
   * stands for the CR's (TextDocument places both at the same position). With `value`, the word
   * is the model's `ArgToken` as it is, with no copy.
   */
  readonly span: { readonly start: number; readonly end: number };
  constructor(
    readonly value: string,
    from: number,
    to: number,
    private readonly doc: { getText(): string; positionAt(offset: number): LspPosition },
  ) {
    const text = doc.getText();
    // beforeCrLf keeps the order of offsets: the end is never before the start.
    this.span = { start: beforeCrLf(text, from), end: beforeCrLf(text, to) };
  }
  toString(): string {
    return this.value;
  }
  getValue(): string {
    return this.value;
  }
  getRange(): { start: LspPosition; end: LspPosition } {
    this.range ??= { start: this.doc.positionAt(this.span.start), end: this.doc.positionAt(this.span.end) };
    return this.range;
  }
  // As dockerfile-ast's Argument.
  isAfter(position: LspPosition): boolean {
    const range = this.getRange();
    if (range.end.line < position.line) return false;
    return range.start.line > position.line ? true : range.start.character > position.character;
  }
  isBefore(position: LspPosition): boolean {
    const range = this.getRange();
    if (range.start.line < position.line) return true;
    return range.end.line > position.line ? false : range.end.character < position.character;
  }
}

/** The words of an instruction after its keyword, as dockerfile-ast's `getRawArguments` gives them. */
export function rawArguments(ins: RawArgumentsSource): Argument[] {
  const doc = ins.document;
  const text = doc.getText();
  const range = ins.getRange();
  const keyword = ins.getInstructionRange();
  const from = rangeStart(doc, range);
  const offset = rangeEnd(doc, keyword);
  const contentEnd = Math.max(from, rangeEnd(doc, range));
  // `content.substring(extra)` of the library: the text after the keyword up to the range's end.
  const argsStart = Math.min(offset, contentEnd);
  const fullArgs = text.slice(argsStart, contentEnd);
  // Compared by character code (a directive's escape is one character; any other never matches).
  const escapeCode = ins.escapeChar.length === 1 ? ins.escapeChar.charCodeAt(0) : NONE;
  const args: Argument[] = [];
  const n = fullArgs.length;

  const push = (value: string, from: number, to: number) => {
    args.push(new OffsetArgument(value, offset + from, offset + to, doc) as unknown as Argument);
  };

  const runs = new TextRuns(fullArgs);
  const take = (from: number, to: number) => runs.take(from, to);
  const word = (): string => runs.done();

  // The library's state machine, step for step (instruction.js, getRawArguments).
  let start = false;
  let comment = false;
  let found = -1;
  let escapedWhitespaceDetected = false;
  let escaping = false;
  let escapeMarker = -1;
  for (let i = 0; i < n; i++) {
    const char = fullArgs.charCodeAt(i);
    if (char === SPACE || char === TAB || char === CR || char === LF) {
      if (escaping) {
        escapedWhitespaceDetected = true;
        if (char === CR || char === LF) {
          escapedWhitespaceDetected = false;
          if (comment) {
            comment = false;
            start = true;
          }
        }
        continue;
      }
      if (found !== -1) {
        push(word(), found, escapeMarker === -1 ? i : escapeMarker);
        escapeMarker = -1;
        found = -1;
      }
    } else if (char === escapeCode) {
      const next = i + 1 < n ? fullArgs.charCodeAt(i + 1) : END;
      if (next === SPACE || next === TAB) {
        for (let j = i + 2; j < n; j++) {
          const c = fullArgs.charCodeAt(j);
          if (c === SPACE || c === TAB) continue;
          if (c === CR || c === LF) {
            // An escaped line break after blanks (a CR skips the character after it, as the library does).
            comment = false;
            escaping = true;
            start = true;
            if (found !== -1) escapeMarker = i;
            i = c === CR ? j + 1 : j;
          } else {
            escapeMarker = i;
            if (found === -1) i = j - 1;
          }
          break;
        }
      } else if (next === CR) {
        comment = false;
        escaping = true;
        start = true;
        if (found !== -1 && escapeMarker === -1) escapeMarker = i;
        i += 2;
      } else if (next === LF) {
        comment = false;
        escaping = true;
        start = true;
        if (found !== -1 && escapeMarker === -1) escapeMarker = i;
        i++;
      } else {
        if (escapedWhitespaceDetected && escapeMarker !== -1) {
          push(word(), found, escapeMarker);
          found = -1;
        }
        escapeMarker = -1;
        escapedWhitespaceDetected = false;
        escaping = false;
        if (next === DOLLAR) take(i, i + 2);
        else if (next === END) break;
        else take(i + 1, i + 2);
        if (found === -1) found = i;
        i++;
      }
    } else if (!comment) {
      if (start && char === HASH) {
        comment = true;
      } else {
        if (escapedWhitespaceDetected && escapeMarker !== -1) {
          push(word(), found, escapeMarker);
          found = -1;
        }
        escapedWhitespaceDetected = false;
        escaping = false;
        escapeMarker = -1;
        take(i, i + 1);
        if (found === -1) found = i;
      }
      start = false;
    }
  }
  if (found !== -1) push(word(), found, escapeMarker === -1 ? n : escapeMarker);
  return args;
}
