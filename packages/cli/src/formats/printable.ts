/**
 * Text from a Dockerfile (or a file name) on its way to a terminal: control characters would be
 * obeyed by the terminal (an escape sequence in a comment can rewrite the screen or the title),
 * so each is shown as its Unicode control picture (ESC as ␛), one character for one, so columns
 * in code frames stay right. Line breaks and tabs are kept.
 */
export function printable(s: string): string {
  return s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u0080-\u009f]/g, (c) => {
    const code = c.charCodeAt(0);
    if (code < 0x20) return String.fromCharCode(0x2400 + code);
    if (code === 0x7f) return '\u2421';
    return '\ufffd';
  });
}
