import type { Severity } from '@dop/analyzer';
import { TextStore } from '@dop/report';
import type { FormatContext, FormatWriter } from '../types.js';

// Checkstyle knows error, warning, info and ignore.
const LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'info', style: 'info' };

/**
 * Checkstyle XML, as Jenkins, reviewdog and many CI tools read it: each file's element written as
 * it comes, kept as text until the document's end.
 */
export function checkstyleWriter(ctx: FormatContext): FormatWriter {
  const files = new TextStore();
  return {
    add(r) {
      let out = `  <file name="${xml(r.path)}">\n`;
      if (r.error)
        out += `    <error line="1" column="1" severity="error" message="${xml(r.error)}" source="dop.io"/>\n`;
      for (const f of r.findings) {
        out += `    <error line="${f.range.start.line}" column="${f.range.start.column}" severity="${LEVEL[f.severity]}" message="${xml(f.message[ctx.lang])}" source="dop.${f.ruleId}"/>\n`;
      }
      files.add(`${out}  </file>\n`);
      return '';
    },
    *end() {
      yield '<?xml version="1.0" encoding="UTF-8"?>\n<checkstyle version="4.3">\n';
      yield* files.all();
      yield '</checkstyle>\n';
    },
  };
}

/** Escapes text for an XML attribute; drops characters XML 1.0 cannot carry at all. */
export function xml(s: string): string {
  return s
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;')
    .replace(/\t/g, '&#9;');
}
