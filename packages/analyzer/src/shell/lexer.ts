import type { ShellProblem } from './types.js';

/**
 * A focused POSIX-sh lexer for RUN bodies. It knows quoting, escapes, expansions (`$x`, `${…}`,
 * `$(…)`, `$((…))`, backticks), operators, redirections, comments and here-documents: what
 * rules need to see commands and their arguments. It never throws; problems are reported.
 */

export type Token =
  | {
      kind: 'word';
      start: number;
      end: number;
      value: string;
      /**
       * The offset in the text of each character of `value`; null when they follow one another
       * from `valueStart` (most words: no quote or escape inside), read with `valueOffsetsOf`.
       */
      valueOffsets: number[] | null;
      valueStart: number;
      quoted: boolean;
      expansion: boolean;
      substitutions: Substitution[];
    }
  | { kind: 'op'; op: string; start: number; end: number }
  | { kind: 'redirect'; op: string; fd: number | null; start: number; end: number }
  | { kind: 'newline'; start: number; end: number };

/** A command substitution's body: logical offsets [start, end) of the text inside `$(…)` or backticks. */
export interface Substitution {
  start: number;
  end: number;
}

export interface LexResult {
  tokens: Token[];
  problems: ShellProblem[];
  /** Here-document bodies: logical [start, end) of each body, for the heredoc that begins it. */
  heredocs: { redirectIndex: number; delimiter: string; quoted: boolean; start: number; end: number }[];
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
/** The substitutions of a word that has none (shared: nothing adds to a token's list). */
const NO_SUBSTITUTIONS: Substitution[] = [];
const OPERATOR_CHARS = new Set([';', '&', '|', '(', ')', '<', '>']);
const BLANK = (c: string | undefined) => c === ' ' || c === '\t';
const NEWLINE = (c: string | undefined) => c === '\n' || c === '\r';

/** The offset in the lexed text of each character of a word's value. */
export function valueOffsetsOf(word: Extract<Token, { kind: 'word' }>): number[] {
  if (word.valueOffsets) return word.valueOffsets;
  return Array.from({ length: word.value.length }, (_, k) => word.valueStart + k);
}

export function lex(text: string): LexResult {
  const tokens: Token[] = [];
  const problems: ShellProblem[] = [];
  const heredocs: LexResult['heredocs'] = [];
  const pendingHeredocs: { redirectIndex: number; delimiter: string; quoted: boolean; strip: boolean }[] = [];
  let expectHeredocWord: { redirectIndex: number; strip: boolean } | null = null;
  const n = text.length;
  let i = 0;

  const problem = (message: string, start: number, end: number) =>
    problems.push({ message, span: { start, end } });

  // The word being read: its value is `value` followed by the text run [runFrom, runTo), so that
  // characters taken from the text one after another are sliced once, not appended one by one.
  // Offsets are listed only once a character does not follow the previous one.
  let value = '';
  let valueLength = 0;
  let runFrom = -1;
  let runTo = -1;
  let valueOffsets: number[] | null = null;
  let valueStart = 0;
  let valueEnd = 0;
  let substitutions: Substitution[] = NO_SUBSTITUTIONS;
  const substitution = (sub: Substitution) => {
    if (substitutions === NO_SUBSTITUTIONS) substitutions = [];
    substitutions.push(sub);
  };
  const beginWord = (at: number) => {
    substitutions = NO_SUBSTITUTIONS;
    value = '';
    valueLength = 0;
    runFrom = -1;
    valueOffsets = null;
    valueStart = valueEnd = at;
  };
  const flushRun = () => {
    if (runFrom >= 0) value += text.slice(runFrom, runTo);
    runFrom = -1;
  };
  /** Lists the offsets of the value so far, once a character does not follow the previous one. */
  const listOffsets = (at: number): number[] | null => {
    if (valueOffsets) return valueOffsets;
    if (valueLength === 0) valueStart = valueEnd = at;
    if (at === valueEnd) return null;
    const list: number[] = [];
    for (let k = valueStart; k < valueEnd; k++) list.push(k);
    valueOffsets = list;
    return list;
  };
  /** Appends the text [from, to) to the word's value. */
  const pushText = (from: number, to: number) => {
    const offsets = listOffsets(from);
    if (runFrom >= 0 && runTo === from) runTo = to;
    else {
      flushRun();
      runFrom = from;
      runTo = to;
    }
    valueLength += to - from;
    if (offsets) for (let k = from; k < to; k++) offsets.push(k);
    else valueEnd += to - from;
  };
  /** Appends a character that stands for the text at `at` (an escape such as `\\n`). */
  const push = (c: string, at: number) => {
    const offsets = listOffsets(at);
    flushRun();
    value += c;
    valueLength += c.length;
    if (offsets) for (let k = 0; k < c.length; k++) offsets.push(at + k);
    else valueEnd += c.length;
  };
  const endWord = (): string => {
    flushRun();
    return value;
  };

  /** Skips a balanced `$(…)` body starting after `$(`; returns the index of the closing `)`. */
  const skipParenBody = (from: number): number => {
    let depth = 1;
    let j = from;
    while (j < n) {
      const c = text[j]!;
      if (c === '\\') {
        j += 2;
        continue;
      }
      if (c === "'") {
        const k = text.indexOf("'", j + 1);
        if (k < 0) return n;
        j = k + 1;
        continue;
      }
      if (c === '"') {
        j = skipDouble(j + 1);
        continue;
      }
      if (c === '`') {
        j = skipBacktick(j + 1) + 1;
        continue;
      }
      if (c === '#' && (j === 0 || BLANK(text[j - 1]) || NEWLINE(text[j - 1]))) {
        while (j < n && !NEWLINE(text[j])) j++;
        continue;
      }
      if (c === '(') depth++;
      else if (c === ')') {
        depth--;
        if (depth === 0) return j;
      }
      j++;
    }
    return n;
  };
  /** Skips a double-quoted body starting after `"`; returns the index after the closing quote. */
  const skipDouble = (from: number): number => {
    let j = from;
    while (j < n) {
      const c = text[j]!;
      if (c === '\\') j += 2;
      else if (c === '"') return j + 1;
      else if (c === '$' && text[j + 1] === '(') j = skipParenBody(j + 2) + 1;
      else if (c === '`') j = skipBacktick(j + 1) + 1;
      else j++;
    }
    return n;
  };
  /** Skips a backtick body starting after the opening backtick; returns the index of the closing one. */
  const skipBacktick = (from: number): number => {
    let j = from;
    while (j < n) {
      if (text[j] === '\\') j += 2;
      else if (text[j] === '`') return j;
      else j++;
    }
    return n;
  };
  const skipBraces = (from: number): number => {
    let depth = 1;
    let j = from;
    while (j < n) {
      const c = text[j]!;
      if (c === '\\') j += 2;
      else if (c === '{') {
        depth++;
        j++;
      } else if (c === '}') {
        depth--;
        if (depth === 0) return j;
        j++;
      } else if (c === "'") {
        const k = text.indexOf("'", j + 1);
        j = k < 0 ? n : k + 1;
      } else if (c === '"') j = skipDouble(j + 1);
      else j++;
    }
    return n;
  };

  const readHeredocBodies = () => {
    // `i` is just after a newline: each pending here-document takes lines up to its delimiter.
    for (const h of pendingHeredocs) {
      const bodyStart = i;
      let found = false;
      while (i < n) {
        let lineEnd = i;
        while (lineEnd < n && !NEWLINE(text[lineEnd])) lineEnd++;
        let line = text.slice(i, lineEnd);
        if (h.strip) line = line.replace(/^\t+/, '');
        const next =
          lineEnd < n
            ? text[lineEnd] === '\r' && text[lineEnd + 1] === '\n'
              ? lineEnd + 2
              : lineEnd + 1
            : n;
        if (line === h.delimiter) {
          heredocs.push({
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
        heredocs.push({
          redirectIndex: h.redirectIndex,
          delimiter: h.delimiter,
          quoted: h.quoted,
          start: bodyStart,
          end: n,
        });
        problem(`here-document is not closed: no line "${h.delimiter}" ends it`, bodyStart, n);
      }
    }
    pendingHeredocs.length = 0;
  };

  while (i < n) {
    const c = text[i]!;
    if (BLANK(c)) {
      i++;
      continue;
    }
    if (c === '\\' && NEWLINE(text[i + 1])) {
      i += text[i + 1] === '\r' && text[i + 2] === '\n' ? 3 : 2;
      continue;
    }
    if (NEWLINE(c)) {
      const start = i;
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
      tokens.push({ kind: 'newline', start, end: i });
      if (pendingHeredocs.length) readHeredocBodies();
      continue;
    }
    if (c === '#') {
      while (i < n && !NEWLINE(text[i])) i++;
      continue;
    }
    // Redirections, with an optional fd number right before them (`2>&1`); only a digit, `<`, `>`
    // or `&` can begin one, so other words skip the pattern (it ran once per word).
    const fdMatch =
      c === '<' || c === '>' || c === '&' || (c >= '0' && c <= '9')
        ? /^(\d+)?(<<<|<<-|<<|>>|>&|<&|>\||<>|&>>|&>|>|<)/.exec(text.slice(i, i + 6))
        : null;
    if (
      fdMatch &&
      (fdMatch[1] === undefined || /[<>]/.test(fdMatch[2]!)) &&
      !(fdMatch[2] === '<' && text[i + (fdMatch[1]?.length ?? 0) + 1] === '(') &&
      !(fdMatch[2] === '>' && text[i + (fdMatch[1]?.length ?? 0) + 1] === '(')
    ) {
      if (fdMatch[1] !== undefined || !(c >= '0' && c <= '9')) {
        const op = fdMatch[2]!;
        const start = i;
        i += fdMatch[0].length;
        tokens.push({ kind: 'redirect', op, fd: fdMatch[1] ? Number(fdMatch[1]) : null, start, end: i });
        if (op === '<<' || op === '<<-')
          expectHeredocWord = { redirectIndex: tokens.length - 1, strip: op === '<<-' };
        continue;
      }
    }
    if (OPERATOR_CHARS.has(c) && !(c === '<' || c === '>')) {
      const two = text.slice(i, i + 2);
      const op = two === '&&' || two === '||' || two === ';;' || two === '|&' || two === ';&' ? two : c;
      tokens.push({ kind: 'op', op, start: i, end: i + op.length });
      i += op.length;
      continue;
    }
    // A word.
    const start = i;
    beginWord(i);
    let quoted = false;
    let expansion = false;
    while (i < n) {
      const d = text[i]!;
      if (BLANK(d) || NEWLINE(d)) break;
      if (OPERATOR_CHARS.has(d)) {
        if ((d === '<' || d === '>') && text[i + 1] === '(') {
          // Process substitution: keep it in the word.
          const close = skipParenBody(i + 2);
          substitution({ start: i + 2, end: close });
          pushText(i, close + 1);
          expansion = true;
          i = close + 1;
          continue;
        }
        break;
      }
      if (d === '\\') {
        if (NEWLINE(text[i + 1])) {
          i += text[i + 1] === '\r' && text[i + 2] === '\n' ? 3 : 2;
          continue;
        }
        if (i + 1 < n) pushText(i + 1, i + 2);
        quoted = true;
        i += 2;
        continue;
      }
      if (d === "'") {
        const close = text.indexOf("'", i + 1);
        quoted = true;
        if (close < 0) {
          problem('single quote is not closed', i, n);
          pushText(i + 1, n);
          i = n;
          break;
        }
        pushText(i + 1, close);
        i = close + 1;
        continue;
      }
      if (d === '$' && text[i + 1] === "'") {
        // ANSI-C quoting: resolve the common escapes.
        quoted = true;
        let j = i + 2;
        while (j < n && text[j] !== "'") {
          if (text[j] === '\\' && j + 1 < n) {
            const e = text[j + 1]!;
            push(ANSI_C_ESCAPES[e] ?? e, j);
            j += 2;
          } else {
            pushText(j, j + 1);
            j++;
          }
        }
        if (j >= n) problem("$'…' quote is not closed", i, n);
        i = Math.min(n, j + 1);
        continue;
      }
      if (d === '"') {
        quoted = true;
        let j = i + 1;
        let closed = false;
        while (j < n) {
          const e = text[j]!;
          if (e === '"') {
            closed = true;
            break;
          }
          if (e === '\\' && j + 1 < n) {
            const f = text[j + 1]!;
            if (f === '$' || f === '`' || f === '"' || f === '\\') {
              pushText(j + 1, j + 2);
              j += 2;
              continue;
            }
            if (NEWLINE(f)) {
              j += f === '\r' && text[j + 2] === '\n' ? 3 : 2;
              continue;
            }
            pushText(j, j + 1);
            j++;
            continue;
          }
          if (e === '$' && text[j + 1] === '(') {
            const arith = text[j + 2] === '(';
            const close = skipParenBody(j + 2);
            if (!arith) substitution({ start: j + 2, end: close });
            pushText(j, close + 1);
            expansion = true;
            j = close + 1;
            continue;
          }
          if (e === '$' && text[j + 1] === '{') {
            const close = skipBraces(j + 2);
            pushText(j, close + 1);
            expansion = true;
            j = close + 1;
            continue;
          }
          if (e === '`') {
            const close = skipBacktick(j + 1);
            substitution({ start: j + 1, end: close });
            pushText(j, close + 1);
            expansion = true;
            j = close + 1;
            continue;
          }
          if (e === '$' && /[A-Za-z_0-9@*#?$!-]/.test(text[j + 1] ?? '')) expansion = true;
          pushText(j, j + 1);
          j++;
        }
        if (!closed) problem('double quote is not closed', i, n);
        i = Math.min(n, j + 1);
        continue;
      }
      if (d === '$' && text[i + 1] === '(') {
        const arith = text[i + 2] === '(';
        const close = skipParenBody(i + 2);
        if (close >= n) problem('$( is not closed', i, n);
        if (!arith) substitution({ start: i + 2, end: Math.min(close, n) });
        pushText(i, close + 1);
        expansion = true;
        i = close + 1;
        continue;
      }
      if (d === '$' && text[i + 1] === '{') {
        const close = skipBraces(i + 2);
        if (close >= n) problem('${ is not closed', i, n);
        pushText(i, close + 1);
        expansion = true;
        i = close + 1;
        continue;
      }
      if (d === '`') {
        const close = skipBacktick(i + 1);
        if (close >= n) problem('backtick is not closed', i, n);
        substitution({ start: i + 1, end: Math.min(close, n) });
        pushText(i, close + 1);
        expansion = true;
        i = close + 1;
        continue;
      }
      if (d === '$' && /[A-Za-z_0-9@*#?$!-]/.test(text[i + 1] ?? '')) expansion = true;
      pushText(i, i + 1);
      i++;
    }
    if (i === start) {
      // Defensive: never loop without progress.
      i++;
      continue;
    }
    const value = endWord();
    const tok: Token = {
      kind: 'word',
      start,
      end: i,
      value,
      valueOffsets,
      valueStart,
      quoted,
      expansion,
      substitutions,
    };
    if (expectHeredocWord) {
      pendingHeredocs.push({
        redirectIndex: expectHeredocWord.redirectIndex,
        delimiter: value,
        quoted,
        strip: expectHeredocWord.strip,
      });
      expectHeredocWord = null;
    }
    tokens.push(tok);
  }
  if (pendingHeredocs.length) {
    for (const h of pendingHeredocs)
      heredocs.push({
        redirectIndex: h.redirectIndex,
        delimiter: h.delimiter,
        quoted: h.quoted,
        start: n,
        end: n,
      });
  }
  return { tokens, problems, heredocs };
}
