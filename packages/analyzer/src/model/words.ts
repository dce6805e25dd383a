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
  while (i < n) {
    while (i < n && /\s/.test(text[i]!)) i++;
    if (i >= n) break;
    const start = i;
    let value = '';
    let quote: '"' | "'" | null = null;
    while (i < n && (oneWord ? i < lastWordEnd : !/\s/.test(text[i]!))) {
      const c = text[i]!;
      if (quote === "'") {
        if (c === "'") quote = null;
        else value += c;
        i++;
      } else if (quote === '"') {
        const next = text[i + 1];
        if (c === '"') quote = null;
        else if (
          c === escapeChar &&
          next !== undefined &&
          (next === '"' || next === '$' || next === escapeChar)
        ) {
          value += next;
          i++;
        } else value += c;
        i++;
      } else if (c === escapeChar && i + 1 < n) {
        value += text[i + 1];
        i += 2;
      } else {
        if (c === '"' || c === "'") quote = c;
        else value += c;
        i++;
      }
    }
    out.push({ value, span: originalSpan(src, start, i) });
  }
  return out;
}
