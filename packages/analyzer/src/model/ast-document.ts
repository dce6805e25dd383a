/**
 * The document dockerfile-ast's nodes read their text and positions from, over the model's
 * `LineIndex`: the library calls three members of it (`getText`, `offsetAt`, `positionAt`), and
 * its own `TextDocument` would build a second table of line starts beside the model's for each
 * file. The answers are TextDocument's (vscode-languageserver-textdocument 1.0.16): an offset
 * between a CR and its LF, or past a line's end, stands for the end of the line before its break.
 * `ast-document.test.ts` compares the two over every offset of the corpus and generated texts.
 *
 * `OffsetRange` is a range the parser gives by offsets: its two positions (a binary search over
 * the lines each) are found only if something reads them; the model reads the offsets.
 */
import type { LineIndex } from '../text/line-index.js';

export interface LspPosition {
  line: number;
  character: number;
}

export interface LspRange {
  start: LspPosition;
  end: LspPosition;
}

const CR = 13;
const LF = 10;

/** TextDocument's offset of its own position of an offset: a CR LF's middle reads as its start. */
export function beforeCrLf(text: string, at: number): number {
  const p = Math.max(Math.min(at, text.length), 0);
  return p > 0 && text.charCodeAt(p - 1) === CR && text.charCodeAt(p) === LF ? p - 1 : p;
}

export class AstDocument {
  /** For each character searched: the last search's start, and what it found (the text's length for none). */
  private readonly found = new Map<string, { from: number; at: number }>();
  constructor(
    private readonly text: string,
    private readonly lines: LineIndex,
  ) {}

  /**
   * `text.indexOf(char, from)`, the text's length when there is none. Readers go forward through
   * the text, so one search serves every ask until its answer is passed: a character the text
   * lacks is searched for once, not to the end of the text for each instruction.
   */
  nextIndexOf(char: string, from: number): number {
    let last = this.found.get(char);
    if (!last) {
      last = { from: -1, at: -1 };
      this.found.set(char, last);
    }
    if (from < last.from || from > last.at) {
      const at = this.text.indexOf(char, from);
      last.from = from;
      last.at = at < 0 ? this.text.length : at;
    }
    return Math.max(last.at, from);
  }

  getText(range?: LspRange): string {
    if (!range) return this.text;
    return this.text.substring(this.offsetAt(range.start), this.offsetAt(range.end));
  }

  positionAt(offset: number): LspPosition {
    // Within a line, only a CR before its LF is a line break character before an offset.
    const at = beforeCrLf(this.text, offset);
    const line = this.lines.lineOf(at);
    return { line, character: at - this.lines.lineStart(line) };
  }

  offsetAt(position: LspPosition): number {
    const count = this.lines.lineCount;
    if (position.line >= count) return this.text.length;
    if (position.line < 0) return 0;
    const start = this.lines.lineStart(position.line);
    if (position.character <= 0) return start;
    const next = position.line + 1 < count ? this.lines.lineStart(position.line + 1) : this.text.length;
    let offset = Math.min(start + position.character, next);
    while (offset > start && isLineBreak(this.text.charCodeAt(offset - 1))) offset--;
    return offset;
  }
}

function isLineBreak(c: number): boolean {
  return c === CR || c === LF;
}

/** A range by offsets (those `offsetAt` gives back for its positions), its positions found when read. */
export class OffsetRange {
  private startPosition: LspPosition | null = null;
  private endPosition: LspPosition | null = null;
  /** The offsets the range stands for (`beforeCrLf` of those given). */
  readonly from: number;
  readonly to: number;
  constructor(
    private readonly doc: AstDocument,
    text: string,
    from: number,
    to: number,
  ) {
    this.from = beforeCrLf(text, from);
    this.to = beforeCrLf(text, to);
  }
  get start(): LspPosition {
    this.startPosition ??= this.doc.positionAt(this.from);
    return this.startPosition;
  }
  get end(): LspPosition {
    this.endPosition ??= this.doc.positionAt(this.to);
    return this.endPosition;
  }
}

/** The offsets of a range's two ends, as the document's `offsetAt` gives them, without its positions when they are known. */
export function rangeStart(doc: { offsetAt(p: LspPosition): number }, range: LspRange): number {
  return range instanceof OffsetRange ? range.from : doc.offsetAt(range.start);
}

export function rangeEnd(doc: { offsetAt(p: LspPosition): number }, range: LspRange): number {
  return range instanceof OffsetRange ? range.to : doc.offsetAt(range.end);
}
