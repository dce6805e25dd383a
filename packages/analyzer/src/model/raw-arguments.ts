/**
 * dockerfile-ast's `Instruction#getRawArguments` (0.7.1), the same words with the same ranges,
 * computed without its per-character costs: the library appends each character of a word to a
 * string and asks the document for the position of every word's ends (a binary search over all
 * the file's lines, two validated `Position`s and a validated `Range` per word), which made its
 * word split about a tenth of an analysis and the largest allocator. Here a word's value is taken
 * in slices of the text, and positions come from the instruction's own lines.
 * `raw-arguments.test.ts` compares the two over the corpus and over generated text.
 */
import { Argument } from 'dockerfile-ast';

interface LspPosition {
  line: number;
  character: number;
}

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

const isNewline = (c: string) => c === '\r' || c === '\n';
const isWhitespace = (c: string) => c === ' ' || c === '\t' || c === '\r' || c === '\n';

/** The words of an instruction after its keyword, as dockerfile-ast's `getRawArguments` gives them. */
export function rawArguments(ins: RawArgumentsSource): Argument[] {
  const doc = ins.document;
  const text = doc.getText();
  const range = ins.getRange();
  const keyword = ins.getInstructionRange();
  const rangeStart = doc.offsetAt(range.start);
  const offset = doc.offsetAt(keyword.end);
  const contentEnd = Math.max(rangeStart, doc.offsetAt(range.end));
  // `content.substring(extra)` of the library: the text after the keyword up to the range's end.
  const argsStart = Math.min(offset, contentEnd);
  const fullArgs = text.slice(argsStart, contentEnd);
  const escapeChar = ins.escapeChar;
  const args: Argument[] = [];
  const n = fullArgs.length;

  // Line starts from the first argument character on (positions are asked in rising order).
  // (A CR LF is one line break, as in TextDocument, even when its LF is past the instruction.)
  const first = doc.positionAt(offset);
  const lineStarts = [doc.offsetAt({ line: first.line, character: 0 })];
  for (let k = argsStart; k < contentEnd; k++) {
    const c = text.charCodeAt(k);
    if (c === 13) {
      if (text.charCodeAt(k + 1) === 10) k++;
      lineStarts.push(k + 1);
    } else if (c === 10) lineStarts.push(k + 1);
  }
  // As TextDocument#positionAt: the last line starting at or before the offset, and an offset
  // just past a line break reported before it.
  const positionAt = (at: number): LspPosition => {
    let p = Math.max(Math.min(at, text.length), 0);
    let low = 0;
    let high = lineStarts.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (lineStarts[mid]! > p) high = mid;
      else low = mid + 1;
    }
    const line = low - 1;
    const lineStart = lineStarts[line]!;
    while (p > lineStart && isNewline(text[p - 1]!)) p--;
    return { line: first.line + line, character: p - lineStart };
  };
  const push = (value: string, from: number, to: number) => {
    args.push(new Argument(value, { start: positionAt(offset + from), end: positionAt(offset + to) }));
  };

  // The value so far is `value` followed by fullArgs[runFrom, runTo): characters taken one after
  // another are kept as one run and sliced once.
  let value = '';
  let runFrom = -1;
  let runTo = -1;
  const take = (from: number, to: number) => {
    if (runFrom >= 0 && runTo === from) {
      runTo = to;
      return;
    }
    if (runFrom >= 0) value += fullArgs.slice(runFrom, runTo);
    runFrom = from;
    runTo = to;
  };
  const word = (): string => {
    const w = runFrom >= 0 ? value + fullArgs.slice(runFrom, runTo) : value;
    value = '';
    runFrom = -1;
    return w;
  };

  // The library's state machine, step for step (instruction.js, getRawArguments).
  let start = false;
  let comment = false;
  let found = -1;
  let escapedWhitespaceDetected = false;
  let escaping = false;
  let escapeMarker = -1;
  for (let i = 0; i < n; i++) {
    const char = fullArgs[i]!;
    if (isWhitespace(char)) {
      if (escaping) {
        escapedWhitespaceDetected = true;
        if (isNewline(char)) {
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
    } else if (char === escapeChar) {
      const next = i + 1 < n ? fullArgs[i + 1]! : '';
      if (next === ' ' || next === '\t') {
        for (let j = i + 2; j < n; j++) {
          const c = fullArgs[j];
          if (c === ' ' || c === '\t') continue;
          if (c === '\r' || c === '\n') {
            // An escaped line break after blanks (a CR skips the character after it, as the library does).
            comment = false;
            escaping = true;
            start = true;
            if (found !== -1) escapeMarker = i;
            i = c === '\r' ? j + 1 : j;
          } else {
            escapeMarker = i;
            if (found === -1) i = j - 1;
          }
          break;
        }
      } else if (next === '\r') {
        comment = false;
        escaping = true;
        start = true;
        if (found !== -1 && escapeMarker === -1) escapeMarker = i;
        i += 2;
      } else if (next === '\n') {
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
        if (next === '$') take(i, i + 2);
        else if (next === '') break;
        else take(i + 1, i + 2);
        if (found === -1) found = i;
        i++;
      }
    } else if (!comment) {
      if (start && char === '#') {
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
