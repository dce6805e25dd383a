/**
 * How the analyzer uses dockerfile-ast (pinned in package.json), in one place. The model parses
 * with `parseDockerfile` (a subclass of the library's `Parser`, below), and a few of the library's
 * methods are replaced, once, when the first model is built; `dockerfile-ast-adapter.test.ts`
 * fails if a new version renames or drops any, rather than the replacement silently doing nothing:
 *
 * - `Instruction#getRawArguments` recomputes an instruction's words from its text on every call,
 *   and the library's own constructors, `getFlags`, `getArgumentsRange` and `getHeredocs` call it
 *   again and again (about a third of an analysis went there). An instruction's text never changes
 *   after parsing, so the words are computed once (by `raw-arguments.ts`: the same words, without
 *   the library's per-character string building and per-word position searches) and kept on the
 *   instruction; every call returns that one list, which nothing changes:
 * - `ModifiableInstruction#getArguments`, the one caller that changed the list it received (it
 *   shifted the flags off), takes the words after the flags as a new list instead.
 * - `PropertyInstruction#getPropertyArguments` (the words of ENV, ARG and LABEL as name=value
 *   pairs) is kept the same way: an ARG computed it in its constructor, and again for
 *   `getProperties`; its callers read the list and never change it.
 * - `Instruction#getRawArgumentsContent` and `getArgumentsRange` (which every JSON-form
 *   instruction's constructor asks for: RUN, CMD, COPY, …) take the text and the range between
 *   the first and the last word by their offsets, instead of asking the document for the four
 *   positions of the two words and converting them back.
 * - `Util.isUTF8BOM` asks Node's global `Buffer` whether the first character is a byte-order mark;
 *   browsers and workers have no Buffer, and in Node the call costs more than the parse of a short
 *   file's first line. A BOM decoded into a string is the one character U+FEFF.
 *
 * The parser subclass (`ModelParser`) reads the same text the same way, and differs in what it
 * builds:
 * - its document is the model's (`ast-document.ts`: the model's line index, not a second one);
 * - instructions and comments get their ranges by offsets (`OffsetRange`), not as two positions
 *   found by a binary search over the lines each: the model reads offsets;
 * - `processArguments` builds each instruction twice: once to find its here-documents
 *   (`processHeredocs` reads its words for `<<NAME`), then again with the here-documents' lines.
 *   The first build split all the words of every instruction a second time, for the few that
 *   have a here-document; it is skipped when the instruction's text has no `<`, since every
 *   character of a word comes from the text and no word can then begin with `<<`;
 * - a keyword is taken as one slice of the text, and arguments are scanned on character codes
 *   (the library appends the keyword's characters one by one, and compares one-character strings);
 * - comments are not handed to their build stages (`Dockerfile#organizeComments`, which asks
 *   every comment's and stage's positions): the model reads the file's list of comments only.
 */
import {
  type Argument,
  Comment,
  type Dockerfile,
  type Heredoc,
  Instruction,
  ModifiableInstruction,
  PropertyInstruction,
} from 'dockerfile-ast';
import { Dockerfile as DockerfileClass } from 'dockerfile-ast/lib/dockerfile.js';
import { Parser } from 'dockerfile-ast/lib/parser.js';
import { Util } from 'dockerfile-ast/lib/util.js';
import type { LineIndex } from '../text/line-index.js';
import { AstDocument, type LspRange, OffsetRange } from './ast-document.js';
import { OffsetArgument, type RawArgumentsSource, rawArguments } from './raw-arguments.js';

/** The library's members this adapter replaces, overrides or reads (the test checks each exists). */
export const ADAPTED_MEMBERS = [
  { owner: 'Instruction.prototype', name: 'getRawArguments' },
  { owner: 'Instruction.prototype', name: 'getRawArgumentsContent' },
  { owner: 'Instruction.prototype', name: 'getArgumentsRange' },
  { owner: 'Instruction.prototype', name: 'getHeredocs' },
  { owner: 'ModifiableInstruction.prototype', name: 'getArguments' },
  { owner: 'PropertyInstruction.prototype', name: 'getPropertyArguments' },
  { owner: 'Parser.prototype', name: 'parse' },
  { owner: 'Parser.prototype', name: 'getParserDirectives' },
  { owner: 'Parser.prototype', name: 'processInstruction' },
  { owner: 'Parser.prototype', name: 'processArguments' },
  { owner: 'Parser.prototype', name: 'processHeredocs' },
  { owner: 'Parser.prototype', name: 'processComment' },
  { owner: 'Parser.prototype', name: 'createInstruction' },
  { owner: 'Dockerfile.prototype', name: 'setDirectives' },
  { owner: 'Dockerfile.prototype', name: 'getEscapeCharacter' },
  { owner: 'Dockerfile.prototype', name: 'addComment' },
  { owner: 'Util', name: 'isUTF8BOM' },
] as const;

const WORDS = Symbol('dop.rawArguments');
type Adapted = { [WORDS]?: Argument[] };
const PROPERTY_WORDS = Symbol('dop.propertyArguments');
type WithPropertyArguments = { [PROPERTY_WORDS]?: Argument[]; getPropertyArguments(): Argument[] };
type WithRaw = { getRawArguments(this: Adapted): Argument[] };
type WithArguments = WithRaw & { getArguments(): Argument[]; getFlags(): unknown[] };
type WithContent = WithRaw & {
  document: AstDocument | { getText(): string; offsetAt(p: LspRange['start']): number };
  getArguments(): Argument[];
  getRawArgumentsContent(): string | null;
  getArgumentsRange(): LspRange | null;
};

/** The parser's members used here (lib/parser.d.ts declares them private, hence the shape spelled out). */
interface ParserInternals {
  document: AstDocument;
  buffer: string;
  escapeChar: string;
  getParserDirectives(document: AstDocument, buffer: string): unknown[];
  processInstruction(dockerfile: Dockerfile, char: string, start: number): number;
  processArguments(
    dockerfile: Dockerfile,
    instruction: string,
    instructionEnd: number,
    start: number,
    offset: number,
  ): number;
  processHeredocs(instruction: unknown, offset: number): number;
  processComment(dockerfile: Dockerfile, start: number): number;
  createInstruction(
    dockerfile: Dockerfile,
    instruction: string,
    start: number,
    instructionEnd: number,
    end: number,
  ): unknown;
}
interface DockerfileInternals {
  setDirectives(directives: unknown[]): void;
  getEscapeCharacter(): string;
  addComment(comment: Comment): void;
  addInstruction(instruction: unknown): void;
}
const ParserBase = Parser as unknown as new () => ParserInternals;
const DockerfileBase = DockerfileClass as unknown as new (document: AstDocument) => DockerfileInternals;
const CommentClass = Comment as unknown as new (document: AstDocument, range: OffsetRange) => Comment;
const createLibraryInstruction = (
  Parser as unknown as {
    createInstruction(
      document: AstDocument,
      dockerfile: Dockerfile,
      escapeChar: string,
      lineRange: OffsetRange,
      instruction: string,
      instructionRange: OffsetRange,
    ): Instruction;
  }
).createInstruction;

const SPACE = 32;
const TAB = 9;
const CR = 13;
const LF = 10;
const HASH = 35;

/** dockerfile-ast's `Parser`, building what the model reads and no more (see the top of this file). */
class ModelParser extends ParserBase {
  constructor(
    private readonly doc: AstDocument,
    private readonly text: string,
  ) {
    super();
  }

  /** The library's `parse`, step for step, with the model's document and without `organizeComments`. */
  parse(): Dockerfile {
    const buffer = this.text;
    this.document = this.doc;
    this.buffer = buffer;
    const dockerfile = new DockerfileBase(this.doc);
    const directives = this.getParserDirectives(this.doc, buffer);
    let offset = 0;
    this.escapeChar = '\\';
    if (directives.length > 0) {
      dockerfile.setDirectives(directives);
      this.escapeChar = dockerfile.getEscapeCharacter();
      // Parsing starts after the directives.
      offset = this.doc.offsetAt({ line: directives.length, character: 0 });
    } else if (buffer.charCodeAt(0) === 0xfeff) {
      offset = 1;
    }
    const asDockerfile = dockerfile as unknown as Dockerfile;
    for (let i = offset; i < buffer.length; i++) {
      const c = buffer.charCodeAt(i);
      if (c === SPACE || c === TAB || c === CR || c === LF) continue;
      i =
        c === HASH
          ? this.processComment(asDockerfile, i)
          : this.processInstruction(asDockerfile, buffer.charAt(i), i);
    }
    return asDockerfile;
  }

  /**
   * The library's `processInstruction` for a keyword without an escape character (the keyword
   * taken as one slice, not a character at a time); with one, the library's own.
   */
  override processInstruction(dockerfile: Dockerfile, char: string, start: number): number {
    const buffer = this.buffer;
    const n = buffer.length;
    const escapeCode = this.escapeChar.charCodeAt(0);
    let i = start + 1;
    let c = -1;
    for (; i < n; i++) {
      c = buffer.charCodeAt(i);
      if (c === SPACE || c === TAB || c === CR || c === LF || c === escapeCode) break;
    }
    if (i < n && c === escapeCode) return super.processInstruction(dockerfile, char, start);
    const instruction = buffer.slice(start, i);
    const file = dockerfile as unknown as DockerfileInternals;
    if (i >= n) {
      file.addInstruction(this.createInstruction(dockerfile, instruction, start, n, n));
      return n;
    }
    if (c === CR || c === LF) {
      file.addInstruction(this.createInstruction(dockerfile, instruction, start, i, i));
      return i;
    }
    const end = this.processArguments(dockerfile, instruction, i, start, i);
    file.addInstruction(this.createInstruction(dockerfile, instruction, start, i, end));
    return end;
  }

  /**
   * The library's `processArguments`, step for step on character codes: finds where an
   * instruction's arguments end (a line break not escaped; `#` lines after an escaped one are
   * comments), then lets `processHeredocs` read past its here-documents. The library builds the
   * instruction a first time for that alone; an instruction whose text has no `<` has none.
   */
  override processArguments(
    dockerfile: Dockerfile,
    instruction: string,
    instructionEnd: number,
    start: number,
    offset: number,
  ): number {
    const buffer = this.buffer;
    const n = buffer.length;
    const escapeCode = this.escapeChar.charCodeAt(0);
    let escaped = false;
    for (let i = offset + 1; i < n; i++) {
      const c = buffer.charCodeAt(i);
      if (c === CR || c === LF) {
        if (escaped) continue;
        if (this.doc.nextIndexOf('<', instructionEnd) >= i) return i;
        return this.processHeredocs(
          this.createInstruction(dockerfile, instruction, start, instructionEnd, i),
          i,
        );
      }
      if (c === escapeCode) {
        const next = buffer.charCodeAt(i + 1);
        if (next === LF || next === CR) {
          escaped = true;
          i++;
        } else if (next === SPACE || next === TAB) {
          let j = i + 2;
          while (j < n && (buffer.charCodeAt(j) === SPACE || buffer.charCodeAt(j) === TAB)) j++;
          // Blanks to the end of the text.
          if (j >= n) return n;
          const d = buffer.charCodeAt(j);
          if (d === CR || d === LF) escaped = true;
          i = j;
        }
        continue;
      }
      if (c === HASH) {
        if (escaped) i = this.processComment(dockerfile, i);
      } else if (c !== SPACE && c !== TAB) {
        escaped = false;
      }
    }
    return n;
  }

  override createInstruction(
    dockerfile: Dockerfile,
    instruction: string,
    start: number,
    instructionEnd: number,
    end: number,
  ): unknown {
    const text = this.buffer;
    return createLibraryInstruction(
      this.doc,
      dockerfile,
      this.escapeChar,
      new OffsetRange(this.doc, text, start, end),
      instruction,
      new OffsetRange(this.doc, text, start, instructionEnd),
    );
  }

  /** The library's `processComment`: a comment runs to the end of its line. */
  override processComment(dockerfile: Dockerfile, start: number): number {
    const buffer = this.buffer;
    let end = buffer.length;
    for (let i = start + 1; i < buffer.length; i++) {
      const c = buffer.charCodeAt(i);
      if (c === CR || c === LF) {
        end = i;
        break;
      }
    }
    const range = new OffsetRange(this.doc, buffer, start, end);
    (dockerfile as unknown as DockerfileInternals).addComment(new CommentClass(this.doc, range));
    return end;
  }
}

/** The library's syntax tree of a model's text, over the model's line index. */
export function parseDockerfile(text: string, lines: LineIndex): Dockerfile {
  adaptDockerfileAst();
  return new ModelParser(new AstDocument(text, lines), text).parse();
}

/**
 * `Comment#getContent`: the text after the `#`, without the white space around it (' ', tab,
 * CR, LF), read by offsets when the comment's range has them.
 */
export function commentContent(comment: Comment, text: string): string {
  const range = comment.getRange();
  if (!(range instanceof OffsetRange)) return comment.getContent();
  let start = range.from + 1;
  let end = range.to;
  while (start < end && isBlank(text.charCodeAt(start))) start++;
  while (end > start && isBlank(text.charCodeAt(end - 1))) end--;
  return text.substring(start, end);
}

function isBlank(c: number): boolean {
  return c === SPACE || c === TAB || c === CR || c === LF;
}

/**
 * `Instruction#getHeredocs`. For an instruction with no `<` after its first word, no word can
 * begin with `<<`, and the library's answer is known without its scan's positions: none, unless
 * the scan meets a line break it does not read as escaped, where it throws (it expects a
 * here-document there). `heredocScan` is that scan, on character codes.
 */
export function heredocsOf(ins: Instruction): Heredoc[] {
  const words = ins.getArguments();
  if (words.length === 0) return [];
  const first: unknown = words[0];
  const range = ins.getRange() as LspRange;
  const doc = (ins as unknown as { document: unknown }).document;
  const library = () => (ins as unknown as { getHeredocs(): Heredoc[] }).getHeredocs();
  if (!(first instanceof OffsetArgument) || !(range instanceof OffsetRange) || !(doc instanceof AstDocument))
    return library();
  const scan = heredocScan(
    doc,
    first.span.start,
    range.to,
    (ins as unknown as { escapeChar: string }).escapeChar,
  );
  if (scan === 'lt') return library();
  if (scan === 'throws')
    throw new TypeError('dockerfile-ast: a line break of this instruction is read as a here-document');
  return [];
}

/**
 * `Instruction#getHeredocs`' scan of text[from, to) (from the first word to the end of the
 * instruction), for a text without `<` ('lt' when it has one): whether it reaches a line break it
 * does not read as escaped ('throws'), as the library's loop: an escape character skips the blanks
 * after it and the one character after those (a CR and its LF together); a `#` line after an
 * escaped break is passed over to its LF; any other character but a blank ends the escape. Where no
 * escape is pending, only the next escape character or line break matters: the scan goes there at
 * once.
 */
export function heredocScan(
  doc: AstDocument,
  from: number,
  to: number,
  escapeChar: string,
): 'none' | 'throws' | 'lt' {
  if (doc.nextIndexOf('<', from) < to) return 'lt';
  const text = doc.getText();
  const escapeCode = escapeChar.length === 1 ? escapeChar.charCodeAt(0) : -2;
  let escaping = false;
  for (let i = from; i < to; i++) {
    if (!escaping) {
      // Blanks, CRs, `#` and other characters leave the scan not escaping.
      const lf = doc.nextIndexOf('\n', i);
      const nextEscape = escapeCode < 0 ? to : doc.nextIndexOf(escapeChar, i);
      if (lf < nextEscape) return lf < to ? 'throws' : 'none';
      if (nextEscape >= to) return 'none';
      i = nextEscape;
    }
    const c = text.charCodeAt(i);
    if (c === escapeCode) {
      escaping = true;
      let j = i + 1;
      while (j < to && (text.charCodeAt(j) === SPACE || text.charCodeAt(j) === TAB)) j++;
      if (j < to) i = text.charCodeAt(j) === CR ? j + 1 : j;
    } else if (c === CR || c === LF || c === SPACE || c === TAB) {
      // An escaped line break, blank lines and blanks after it: still escaping.
    } else if (c === HASH) {
      const nl = doc.nextIndexOf('\n', i + 1);
      if (nl < to) i = nl;
      else escaping = false;
    } else {
      escaping = false;
    }
  }
  return 'none';
}

let adapted = false;

/** The library's own word split, kept for the test that compares it with `rawArguments`. */
export const libraryRawArguments = (Instruction.prototype as unknown as WithRaw).getRawArguments;
/** The library's own `getRawArgumentsContent`, kept for the test. */
export const libraryRawArgumentsContent = (Instruction.prototype as unknown as WithContent)
  .getRawArgumentsContent;

/** The library's own `getArgumentsRange`, for instructions of another document. */
const libraryArgumentsRange = (Instruction.prototype as unknown as WithContent).getArgumentsRange;

/** Makes dockerfile-ast fast and platform-neutral for the analyzer; idempotent. */
export function adaptDockerfileAst(): void {
  if (adapted) return;
  const proto = Instruction.prototype as unknown as WithContent;
  const modifiable = ModifiableInstruction.prototype as unknown as WithArguments;
  const owners: Record<string, object> = {
    'Instruction.prototype': Instruction.prototype,
    'ModifiableInstruction.prototype': ModifiableInstruction.prototype,
    'PropertyInstruction.prototype': PropertyInstruction.prototype,
    'Parser.prototype': Parser.prototype,
    'Dockerfile.prototype': DockerfileClass.prototype,
    Util,
  };
  const missing = ADAPTED_MEMBERS.filter(
    (m) => typeof (owners[m.owner] as Record<string, unknown> | undefined)?.[m.name] !== 'function',
  );
  if (missing.length > 0 || typeof modifiable.getFlags !== 'function') {
    // Loud on purpose: every file then reports that it could not be parsed, never a silent no-op.
    throw new Error(
      `dockerfile-ast changed: ${missing.map((m) => `${m.owner}.${m.name}`).join(', ') || 'ModifiableInstruction#getFlags'} is missing`,
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
  proto.getRawArgumentsContent = function (this: WithContent): string | null {
    const words = this.getArguments();
    if (words.length === 0) return null;
    const first: unknown = words[0];
    const last: unknown = words[words.length - 1];
    if (first instanceof OffsetArgument && last instanceof OffsetArgument)
      return this.document.getText().substring(first.span.start, last.span.end);
    return libraryRawArgumentsContent.call(this);
  };
  proto.getArgumentsRange = function (this: WithContent): LspRange | null {
    const words = this.getArguments();
    if (words.length === 0) return null;
    const first: unknown = words[0];
    const last: unknown = words[words.length - 1];
    if (
      first instanceof OffsetArgument &&
      last instanceof OffsetArgument &&
      this.document instanceof AstDocument
    )
      return new OffsetRange(this.document, this.document.getText(), first.span.start, last.span.end);
    return libraryArgumentsRange.call(this);
  };
  const properties = PropertyInstruction.prototype as unknown as WithPropertyArguments;
  const libraryPropertyArguments = properties.getPropertyArguments;
  properties.getPropertyArguments = function (this: WithPropertyArguments): Argument[] {
    let words = this[PROPERTY_WORDS];
    if (!words) {
      words = libraryPropertyArguments.call(this);
      this[PROPERTY_WORDS] = words;
    }
    return words;
  };
  modifiable.getArguments = function (this: Adapted & WithArguments): Argument[] {
    const words = this.getRawArguments();
    // getFlags() reads getArguments() while it collects the flags (none yet): all the words then.
    const flags = this.getFlags().length;
    return flags === 0 ? words : words.slice(flags);
  };
  Util.isUTF8BOM = (char: string): boolean => char === '\uFEFF';
  adapted = true;
}

/** Whether the adaptation is in place (for the test). */
export function isAdapted(): boolean {
  return adapted;
}
