import type { ShellProblem } from './types.js';

/**
 * A focused POSIX-sh lexer for RUN bodies. It knows quoting, escapes, expansions (`$x`, `${…}`,
 * `$(…)`, `$((…))`, backticks), operators, redirections, comments and here-documents: what
 * rules need to see commands and their arguments. It never throws; problems are reported.
 *
 * The tokens are kept as parallel lists in a `Lexer` that is reused from one script to the next
 * (the parser keeps one per nesting level), so a script's tokens allocate nothing but the words'
 * values: the shell parse runs over every RUN of every file, and its token objects were the
 * model's largest allocation.
 */

/** Token kinds. */
export const WORD = 0;
export const OP = 1;
export const REDIRECT = 2;
export const NEWLINE = 3;

/** Word flags: some part quoted; an expansion inside; the value is the word's text as it is. */
export const QUOTED = 1;
export const EXPANSION = 2;
export const PLAIN = 4;
/** A word whose characters do not follow one another in the text (quotes or escapes inside). */
export const SCATTERED = 8;

export interface Heredoc {
  /** The token index of the `<<` / `<<-` redirection. */
  redirectIndex: number;
  delimiter: string;
  quoted: boolean;
  /** Logical [start, end) of the body. */
  start: number;
  end: number;
}

/** `$'…'` escapes the lexer resolves. */
const ANSI_C_ESCAPES: Record<string, string> = {
  n: '\n',
  t: '\t',
  r: '\r',
  '\\': '\\',
  "'": "'",
  '"': '"',
  a: '\x07',
  e: '\x1b',
};

const TAB = 9;
const LF = 10;
const CR = 13;
const SPACE = 32;
const DQUOTE = 34;
const HASH = 35;
const DOLLAR = 36;
const AMP = 38;
const SQUOTE = 39;
const LPAREN = 40;
const RPAREN = 41;
const DASH = 45;
const ZERO = 48;
const NINE = 57;
const SEMI = 59;
const LT = 60;
const GT = 62;
const BACKSLASH = 92;
const BACKTICK = 96;
const LBRACE = 123;
const PIPE = 124;
const RBRACE = 125;

const isBlank = (c: number) => c === SPACE || c === TAB;
const isNewline = (c: number) => c === LF || c === CR;
const isDigit = (c: number) => c >= ZERO && c <= NINE;

/** Classes of the ASCII characters, as bits: one table lookup instead of a chain of comparisons. */
const OPERATOR_CLASS = 1;
const SPECIAL_CLASS = 2;
const PARAMETER_CLASS = 4;
const CLASSES = new Uint8Array(128);
// `;`, `&`, `|`, `(`, `)`, `<`, `>`.
for (const c of ';&|()<>') CLASSES[c.charCodeAt(0)]! |= OPERATOR_CLASS | SPECIAL_CLASS;
// What ends a run of ordinary characters in a word: blanks, newlines, operators, quotes, `\`, `$`, backtick.
for (const c of ' \t\n\r\\\'"$`') CLASSES[c.charCodeAt(0)]! |= SPECIAL_CLASS;
// What makes `$` an expansion: `[A-Za-z_0-9@*#?$!-]`.
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  if (/[A-Za-z_0-9@*#?$!-]/.test(ch)) CLASSES[c]! |= PARAMETER_CLASS;
}

/** `;`, `&`, `|`, `(`, `)`, `<`, `>`. */
const isOperator = (c: number) => c < 128 && (CLASSES[c]! & OPERATOR_CLASS) !== 0;
/** A character that makes `$` an expansion: `[A-Za-z_0-9@*#?$!-]`. */
const isParameterStart = (c: number) => c < 128 && (CLASSES[c]! & PARAMETER_CLASS) !== 0;
/** A character a word takes as it is, with nothing to look at after it. */
const isOrdinary = (c: number) => c >= 128 || (CLASSES[c]! & SPECIAL_CLASS) === 0;

/** Skips a balanced `$(…)` body starting after `$(`; returns the index of the closing `)`. */
function skipParenBody(text: string, from: number): number {
  const n = text.length;
  let depth = 1;
  let j = from;
  while (j < n) {
    const c = text.charCodeAt(j);
    if (c === BACKSLASH) {
      j += 2;
      continue;
    }
    if (c === SQUOTE) {
      const k = text.indexOf("'", j + 1);
      if (k < 0) return n;
      j = k + 1;
      continue;
    }
    if (c === DQUOTE) {
      j = skipDouble(text, j + 1);
      continue;
    }
    if (c === BACKTICK) {
      j = skipBacktick(text, j + 1) + 1;
      continue;
    }
    if (c === HASH && (j === 0 || isBlank(text.charCodeAt(j - 1)) || isNewline(text.charCodeAt(j - 1)))) {
      while (j < n && !isNewline(text.charCodeAt(j))) j++;
      continue;
    }
    if (c === LPAREN) depth++;
    else if (c === RPAREN) {
      depth--;
      if (depth === 0) return j;
    }
    j++;
  }
  return n;
}

/** Skips a double-quoted body starting after `"`; returns the index after the closing quote. */
function skipDouble(text: string, from: number): number {
  const n = text.length;
  let j = from;
  while (j < n) {
    const c = text.charCodeAt(j);
    if (c === BACKSLASH) j += 2;
    else if (c === DQUOTE) return j + 1;
    else if (c === DOLLAR && text.charCodeAt(j + 1) === LPAREN) j = skipParenBody(text, j + 2) + 1;
    else if (c === BACKTICK) j = skipBacktick(text, j + 1) + 1;
    else j++;
  }
  return n;
}

/** Skips a backtick body starting after the opening backtick; returns the index of the closing one. */
function skipBacktick(text: string, from: number): number {
  const n = text.length;
  let j = from;
  while (j < n) {
    const c = text.charCodeAt(j);
    if (c === BACKSLASH) j += 2;
    else if (c === BACKTICK) return j;
    else j++;
  }
  return n;
}

function skipBraces(text: string, from: number): number {
  const n = text.length;
  let depth = 1;
  let j = from;
  while (j < n) {
    const c = text.charCodeAt(j);
    if (c === BACKSLASH) j += 2;
    else if (c === LBRACE) {
      depth++;
      j++;
    } else if (c === RBRACE) {
      depth--;
      if (depth === 0) return j;
      j++;
    } else if (c === SQUOTE) {
      const k = text.indexOf("'", j + 1);
      j = k < 0 ? n : k + 1;
    } else if (c === DQUOTE) j = skipDouble(text, j + 1);
    else j++;
  }
  return n;
}

/**
 * The redirection operator at `at`, read within `[at, limit)` (the first characters of a longer
 * operator past `limit` are not seen), or null.
 */
function redirectOp(text: string, at: number, limit: number): string | null {
  const c = at < limit ? text.charCodeAt(at) : -1;
  const d = at + 1 < limit ? text.charCodeAt(at + 1) : -1;
  const e = at + 2 < limit ? text.charCodeAt(at + 2) : -1;
  if (c === LT) {
    if (d === LT) return e === LT ? '<<<' : e === DASH ? '<<-' : '<<';
    return d === AMP ? '<&' : d === GT ? '<>' : '<';
  }
  if (c === GT) return d === GT ? '>>' : d === AMP ? '>&' : d === PIPE ? '>|' : '>';
  if (c === AMP && d === GT) return e === GT ? '&>>' : '&>';
  return null;
}

/** A pending here-document: its delimiter word comes next, or its body after the next newline. */
interface PendingHeredoc {
  redirectIndex: number;
  delimiter: string;
  quoted: boolean;
  strip: boolean;
}

/** The tokens of the last script lexed, as parallel lists indexed by token. */
export class Lexer {
  text = '';
  count = 0;
  /** WORD, OP, REDIRECT or NEWLINE. */
  readonly kind: number[] = [];
  readonly start: number[] = [];
  readonly end: number[] = [];
  /** A word's value (quotes removed, escapes resolved); an operator's or a redirection's op. */
  readonly value: string[] = [];
  /** A word's QUOTED, EXPANSION, PLAIN and SCATTERED flags. */
  readonly flags: number[] = [];
  /** A redirection's fd number (`2>`), -1 when none is written. */
  readonly fd: number[] = [];
  /** Where a word's value begins in the text, when its characters follow one another. */
  readonly valueStart: number[] = [];
  /** A word's command substitutions: its first pair in `subs`, and how many. */
  readonly subFirst: number[] = [];
  readonly subCount: number[] = [];
  /** Logical [start, end) pairs of the text inside each `$(…)` or backticks. */
  readonly subs: number[] = [];
  readonly problems: ShellProblem[] = [];
  /** Here-document bodies, for the redirection that begins each. */
  readonly heredocs: Heredoc[] = [];

  private subLength = 0;
  private readonly pending: PendingHeredoc[] = [];
  /** The redirection whose delimiter word comes next (-1: none), and whether it is `<<-`. */
  private expectHeredoc = -1;
  private expectStrip = false;

  // The word being read: its value is `wordValue` followed by the text run [runFrom, runTo), so
  // that characters taken from the text one after another are sliced once, not appended one by
  // one. Offsets are listed (when recording) only once a character does not follow the previous one.
  private wordValue = '';
  private valueLength = 0;
  private runFrom = -1;
  private runTo = -1;
  private offsets: number[] | null = null;
  /** A character of the value did not follow the previous one. */
  private scattered = false;
  /**
   * List the offsets of a scattered word's characters. Off while lexing a script: only the script
   * of `sh -c` needs them, and `valueOffsetsOf` reads that one word again to list them.
   */
  private record = false;
  private wordStart = 0;
  private wordEnd = 0;
  /** A character of the value stands for other text (an escape of `$'…'`). */
  private resolved = false;

  /** The offsets in the text of each character of word `k`'s value. */
  valueOffsetsOf(k: number): number[] {
    if ((this.flags[k]! & SCATTERED) !== 0) {
      const again = new Lexer();
      again.text = this.text;
      again.record = true;
      again.word(this.start[k]!);
      return again.offsets!;
    }
    const from = this.valueStart[k]!;
    return Array.from({ length: this.value[k]!.length }, (_, j) => from + j);
  }

  private problem(message: string, start: number, end: number): void {
    this.problems.push({ message, span: { start, end } });
  }

  /** Adds a token; a word's flags, value offsets and substitutions are given by `word`. */
  private token(
    kind: number,
    start: number,
    end: number,
    value: string,
    fd = -1,
    flags = 0,
    valueStart = start,
    subFirst = 0,
    subCount = 0,
  ): number {
    const k = this.count++;
    this.kind[k] = kind;
    this.start[k] = start;
    this.end[k] = end;
    this.value[k] = value;
    this.fd[k] = fd;
    this.flags[k] = flags;
    this.valueStart[k] = valueStart;
    this.subFirst[k] = subFirst;
    this.subCount[k] = subCount;
    return k;
  }

  private substitution(start: number, end: number): void {
    this.subs[this.subLength++] = start;
    this.subs[this.subLength++] = end;
  }

  private beginWord(at: number): void {
    this.wordValue = '';
    this.valueLength = 0;
    this.runFrom = -1;
    this.offsets = null;
    this.scattered = false;
    this.wordStart = this.wordEnd = at;
    this.resolved = false;
  }

  private flushRun(): void {
    if (this.runFrom >= 0) this.wordValue += this.text.slice(this.runFrom, this.runTo);
    this.runFrom = -1;
  }

  /**
   * Notes that a character does not follow the previous one, and then (when recording) lists the
   * offsets of the value so far; null while the characters follow one another or are not recorded.
   */
  private listOffsets(at: number): number[] | null {
    if (this.offsets) return this.offsets;
    if (this.scattered) return null;
    if (this.valueLength === 0) this.wordStart = this.wordEnd = at;
    if (at === this.wordEnd) return null;
    this.scattered = true;
    if (!this.record) return null;
    const list: number[] = [];
    for (let k = this.wordStart; k < this.wordEnd; k++) list.push(k);
    this.offsets = list;
    return list;
  }

  /** Appends the text [from, to) to the word's value. */
  private pushText(from: number, to: number): void {
    const offsets = this.listOffsets(from);
    if (this.runFrom >= 0 && this.runTo === from) this.runTo = to;
    else {
      this.flushRun();
      this.runFrom = from;
      this.runTo = to;
    }
    this.valueLength += to - from;
    if (offsets) for (let k = from; k < to; k++) offsets.push(k);
    else this.wordEnd += to - from;
  }

  /** Appends a character that stands for the text at `at` (an escape such as `\\n`). */
  private push(c: string, at: number): void {
    const offsets = this.listOffsets(at);
    this.flushRun();
    this.wordValue += c;
    this.valueLength += c.length;
    this.resolved = true;
    if (offsets) for (let k = 0; k < c.length; k++) offsets.push(at + k);
    else this.wordEnd += c.length;
  }

  /** Each pending here-document takes the lines from `i` (just after a newline) up to its delimiter. */
  private readHeredocBodies(i: number): number {
    const text = this.text;
    const n = text.length;
    for (const h of this.pending) {
      const bodyStart = i;
      let found = false;
      while (i < n) {
        let lineEnd = i;
        while (lineEnd < n && !isNewline(text.charCodeAt(lineEnd))) lineEnd++;
        let from = i;
        if (h.strip) while (from < lineEnd && text.charCodeAt(from) === TAB) from++;
        const next =
          lineEnd < n
            ? text.charCodeAt(lineEnd) === CR && text.charCodeAt(lineEnd + 1) === LF
              ? lineEnd + 2
              : lineEnd + 1
            : n;
        if (lineEnd - from === h.delimiter.length && text.startsWith(h.delimiter, from)) {
          this.heredocs.push({
            redirectIndex: h.redirectIndex,
            delimiter: h.delimiter,
            quoted: h.quoted,
            start: bodyStart,
            end: i,
          });
          i = next;
          found = true;
          break;
        }
        i = next;
      }
      if (!found) {
        this.heredocs.push({
          redirectIndex: h.redirectIndex,
          delimiter: h.delimiter,
          quoted: h.quoted,
          start: bodyStart,
          end: n,
        });
        this.problem(`here-document is not closed: no line "${h.delimiter}" ends it`, bodyStart, n);
      }
    }
    this.pending.length = 0;
    return i;
  }

  /** Lexes `text`, replacing the tokens, problems and here-documents of the last script. */
  lex(text: string): void {
    this.text = text;
    this.count = 0;
    this.subLength = 0;
    this.problems.length = 0;
    this.heredocs.length = 0;
    this.pending.length = 0;
    this.expectHeredoc = -1;
    const n = text.length;
    let i = 0;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (isBlank(c)) {
        i++;
        continue;
      }
      if (c === BACKSLASH && isNewline(text.charCodeAt(i + 1))) {
        i += text.charCodeAt(i + 1) === CR && text.charCodeAt(i + 2) === LF ? 3 : 2;
        continue;
      }
      if (isNewline(c)) {
        const start = i;
        i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
        this.token(NEWLINE, start, i, '');
        if (this.pending.length) i = this.readHeredocBodies(i);
        continue;
      }
      if (c === HASH) {
        while (i < n && !isNewline(text.charCodeAt(i))) i++;
        continue;
      }
      // Redirections, with an optional fd number right before them (`2>&1`), read within the six
      // characters from `i`; only a digit, `<`, `>` or `&` can begin one.
      if (c === LT || c === GT || c === AMP || isDigit(c)) {
        const limit = Math.min(n, i + 6);
        let at = i;
        while (at < limit && isDigit(text.charCodeAt(at))) at++;
        const op = redirectOp(text, at, limit);
        if (op !== null && !((op === '<' || op === '>') && text.charCodeAt(at + 1) === LPAREN)) {
          const start = i;
          i = at + op.length;
          const k = this.token(REDIRECT, start, i, op, at > start ? Number(text.slice(start, at)) : -1);
          if (op === '<<' || op === '<<-') {
            this.expectHeredoc = k;
            this.expectStrip = op === '<<-';
          }
          continue;
        }
      }
      if (isOperator(c) && c !== LT && c !== GT) {
        const d = text.charCodeAt(i + 1);
        const op =
          c === AMP
            ? d === AMP
              ? '&&'
              : '&'
            : c === PIPE
              ? d === PIPE
                ? '||'
                : d === AMP
                  ? '|&'
                  : '|'
              : c === SEMI
                ? d === SEMI
                  ? ';;'
                  : d === AMP
                    ? ';&'
                    : ';'
                : c === LPAREN
                  ? '('
                  : ')';
        this.token(OP, i, i + op.length, op);
        i += op.length;
        continue;
      }
      i = this.word(i);
    }
    if (this.pending.length) {
      for (const h of this.pending)
        this.heredocs.push({
          redirectIndex: h.redirectIndex,
          delimiter: h.delimiter,
          quoted: h.quoted,
          start: n,
          end: n,
        });
    }
  }

  /** Reads the word that begins at `i`; returns the index after it. */
  private word(i: number): number {
    const text = this.text;
    const n = text.length;
    const start = i;
    const firstSub = this.subLength;
    this.beginWord(i);
    let quoted = false;
    let expansion = false;
    while (i < n) {
      const d = text.charCodeAt(i);
      if (isBlank(d) || isNewline(d)) break;
      if (isOperator(d)) {
        if ((d === LT || d === GT) && text.charCodeAt(i + 1) === LPAREN) {
          // Process substitution: keep it in the word.
          const close = skipParenBody(text, i + 2);
          this.substitution(i + 2, close);
          this.pushText(i, close + 1);
          expansion = true;
          i = close + 1;
          continue;
        }
        break;
      }
      if (d === BACKSLASH) {
        if (isNewline(text.charCodeAt(i + 1))) {
          i += text.charCodeAt(i + 1) === CR && text.charCodeAt(i + 2) === LF ? 3 : 2;
          continue;
        }
        if (i + 1 < n) this.pushText(i + 1, i + 2);
        quoted = true;
        i += 2;
        continue;
      }
      if (d === SQUOTE) {
        const close = text.indexOf("'", i + 1);
        quoted = true;
        if (close < 0) {
          this.problem('single quote is not closed', i, n);
          this.pushText(i + 1, n);
          i = n;
          break;
        }
        this.pushText(i + 1, close);
        i = close + 1;
        continue;
      }
      const next = text.charCodeAt(i + 1);
      if (d === DOLLAR && next === SQUOTE) {
        // ANSI-C quoting: resolve the common escapes.
        quoted = true;
        let j = i + 2;
        while (j < n && text.charCodeAt(j) !== SQUOTE) {
          if (text.charCodeAt(j) === BACKSLASH && j + 1 < n) {
            const e = text[j + 1]!;
            this.push(ANSI_C_ESCAPES[e] ?? e, j);
            j += 2;
          } else {
            this.pushText(j, j + 1);
            j++;
          }
        }
        if (j >= n) this.problem("$'…' quote is not closed", i, n);
        i = Math.min(n, j + 1);
        continue;
      }
      if (d === DQUOTE) {
        quoted = true;
        let j = i + 1;
        let closed = false;
        while (j < n) {
          const e = text.charCodeAt(j);
          if (e === DQUOTE) {
            closed = true;
            break;
          }
          const f = text.charCodeAt(j + 1);
          if (e === BACKSLASH && j + 1 < n) {
            if (f === DOLLAR || f === BACKTICK || f === DQUOTE || f === BACKSLASH) {
              this.pushText(j + 1, j + 2);
              j += 2;
              continue;
            }
            if (isNewline(f)) {
              j += f === CR && text.charCodeAt(j + 2) === LF ? 3 : 2;
              continue;
            }
            this.pushText(j, j + 1);
            j++;
            continue;
          }
          if (e === DOLLAR && f === LPAREN) {
            const arith = text.charCodeAt(j + 2) === LPAREN;
            const close = skipParenBody(text, j + 2);
            if (!arith) this.substitution(j + 2, close);
            this.pushText(j, close + 1);
            expansion = true;
            j = close + 1;
            continue;
          }
          if (e === DOLLAR && f === LBRACE) {
            const close = skipBraces(text, j + 2);
            this.pushText(j, close + 1);
            expansion = true;
            j = close + 1;
            continue;
          }
          if (e === BACKTICK) {
            const close = skipBacktick(text, j + 1);
            this.substitution(j + 1, close);
            this.pushText(j, close + 1);
            expansion = true;
            j = close + 1;
            continue;
          }
          if (e === DOLLAR && isParameterStart(f)) expansion = true;
          this.pushText(j, j + 1);
          j++;
        }
        if (!closed) this.problem('double quote is not closed', i, n);
        i = Math.min(n, j + 1);
        continue;
      }
      if (d === DOLLAR && next === LPAREN) {
        const arith = text.charCodeAt(i + 2) === LPAREN;
        const close = skipParenBody(text, i + 2);
        if (close >= n) this.problem('$( is not closed', i, n);
        if (!arith) this.substitution(i + 2, Math.min(close, n));
        this.pushText(i, close + 1);
        expansion = true;
        i = close + 1;
        continue;
      }
      if (d === DOLLAR && next === LBRACE) {
        const close = skipBraces(text, i + 2);
        if (close >= n) this.problem('${ is not closed', i, n);
        this.pushText(i, close + 1);
        expansion = true;
        i = close + 1;
        continue;
      }
      if (d === BACKTICK) {
        const close = skipBacktick(text, i + 1);
        if (close >= n) this.problem('backtick is not closed', i, n);
        this.substitution(i + 1, Math.min(close, n));
        this.pushText(i, close + 1);
        expansion = true;
        i = close + 1;
        continue;
      }
      if (d === DOLLAR && isParameterStart(next)) expansion = true;
      // A run of ordinary characters is taken at once.
      let j = i + 1;
      while (j < n && isOrdinary(text.charCodeAt(j))) j++;
      this.pushText(i, j);
      i = j;
    }
    if (i === start) {
      // Defensive: never loop without progress.
      return i + 1;
    }
    this.flushRun();
    const value = this.wordValue;
    const plain = !this.scattered && !this.resolved && this.wordStart === start && value.length === i - start;
    this.token(
      WORD,
      start,
      i,
      value,
      -1,
      (quoted ? QUOTED : 0) |
        (expansion ? EXPANSION : 0) |
        (plain ? PLAIN : 0) |
        (this.scattered ? SCATTERED : 0),
      this.wordStart,
      firstSub,
      (this.subLength - firstSub) >> 1,
    );
    if (this.expectHeredoc >= 0) {
      this.pending.push({
        redirectIndex: this.expectHeredoc,
        delimiter: value,
        quoted,
        strip: this.expectStrip,
      });
      this.expectHeredoc = -1;
    }
    return i;
  }
}
