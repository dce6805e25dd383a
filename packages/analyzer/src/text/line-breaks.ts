/**
 * Line breaks, decided once for every reader of a Dockerfile. BuildKit splits lines on LF and on
 * CRLF; editors (and the Monaco model) also end a line at a lone CR (old Mac files, a bad paste).
 * dockerfile-ast sees a lone CR as an ordinary character, so a CR-only file was one long line and
 * a CR after a continuation broke its here-document scan. The model reads every lone CR as LF: the
 * same length, so every offset and span stays valid in the original text.
 */

/** The text with each lone CR (not part of CRLF) read as LF; the same length. */
export function withLfForLoneCr(text: string): string {
  return text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text;
}

export type LineBreakStyle = 'lf' | 'crlf' | 'cr' | 'mixed' | 'none';

/** The line break a text uses throughout, `mixed` when it uses several. */
export function lineBreakStyle(text: string): LineBreakStyle {
  const crlf = (text.match(/\r\n/g) ?? []).length;
  const cr = (text.match(/\r/g) ?? []).length - crlf;
  const lf = (text.match(/\n/g) ?? []).length - crlf;
  const kinds = [lf > 0, crlf > 0, cr > 0].filter(Boolean).length;
  if (kinds === 0) return 'none';
  if (kinds > 1) return 'mixed';
  return lf > 0 ? 'lf' : crlf > 0 ? 'crlf' : 'cr';
}

/**
 * New lines written by a fix or a rewrite use LF; in a file that uses CR or CRLF throughout they
 * take its style, so the output keeps one style (a mixed file is left as it is).
 */
export function inStyleOf(original: string, output: string): string {
  const style = lineBreakStyle(original);
  if (style === 'crlf') return output.replace(/\r?\n/g, '\r\n');
  if (style === 'cr') return output.replace(/\r?\n/g, '\r');
  return output;
}
