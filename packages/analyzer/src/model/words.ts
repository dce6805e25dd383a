/**
 * The words of a shell-form COPY, ADD, WORKDIR, USER, VOLUME, EXPOSE or STOPSIGNAL as Docker reads
 * them: quotes removed, and escapes resolved the way BuildKit's word lexer does. Outside quotes the
 * escape character takes the next character literally; inside double quotes it does so only
 * before `"`, `$` and itself, so `"C:\Program Files\app"` keeps its backslashes; inside single
 * quotes nothing is special. Variables stay as written. As in BuildKit, COPY, ADD, VOLUME and
 * EXPOSE split at whitespace before quotes are read (a space needs the JSON form), while WORKDIR,
 * USER and STOPSIGNAL take the whole line as one word.
 */
import { type MappedText, originalSpan } from '../shell/source.js';
import type { ArgToken } from './types.js';
import { TextRuns } from './text-runs.js';

export const WORD_ARG_KEYWORDS = new Set([
  'ADD',
  'COPY',
  'WORKDIR',
  'USER',
  'VOLUME',
  'EXPOSE',
  'STOPSIGNAL',
]);

const ONE_WORD_KEYWORDS = new Set(['WORKDIR', 'USER', 'STOPSIGNAL']);

export function dockerWords(src: MappedText, escapeChar: string, keyword: string): ArgToken[] {
  const oneWord = ONE_WORD_KEYWORDS.has(keyword);
  const { text } = src;
  const out: ArgToken[] = [];
  let i = 0;
  const n = text.length;
  // A one-word instruction's word runs to the last non-blank character (trimEnd's blanks are \s).
  const lastWordEnd = text.trimEnd().length;
  const runs = new TextRuns(text);
  const take = (at: number) => runs.take(at);
  while (i < n) {
    while (i < n && isSpace(text.charCodeAt(i))) i++;
    if (i >= n) break;
    const start = i;
    let quote: '"' | "'" | null = null;
    while (i < n && (oneWord ? i < lastWordEnd : !isSpace(text.charCodeAt(i)))) {
      const c = text[i]!;
      if (quote === "'") {
        if (c === "'") quote = null;
        else take(i);
        i++;
      } else if (quote === '"') {
        const next = text[i + 1];
        if (c === '"') quote = null;
        else if (
          c === escapeChar &&
          next !== undefined &&
          (next === '"' || next === '$' || next === escapeChar)
        ) {
          take(i + 1);
          i++;
        } else take(i);
        i++;
      } else if (c === escapeChar && i + 1 < n) {
        take(i + 1);
        i += 2;
      } else {
        if (c === '"' || c === "'") quote = c;
        else take(i);
        i++;
      }
    }
    out.push({ value: runs.done(), span: originalSpan(src, start, i) });
  }
  return out;
}

/** Whether a character is white space as the regular expression `\s` reads it. */
function isSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}
