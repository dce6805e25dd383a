import type { Severity } from '@dop/analyzer';
import { TextStore } from '@dop/report';
import type { FormatContext, FormatWriter } from '../types.js';

const COMMAND: Record<Severity, string> = {
  error: 'error',
  warning: 'warning',
  info: 'notice',
  style: 'notice',
};

/**
 * GitHub Actions workflow commands: each finding becomes an annotation on the pull request. Each
 * file's commands are written as they come, kept as text until the end.
 */
export function githubWriter(ctx: FormatContext): FormatWriter {
  const files = new TextStore();
  return {
    add(r) {
      let out = '';
      if (r.error) out += `::error file=${property(r.path)}::${data(r.error)}\n`;
      for (const f of r.findings) {
        const props = [
          `file=${property(r.path)}`,
          `line=${f.range.start.line}`,
          `col=${f.range.start.column}`,
          `endLine=${f.range.end.line}`,
          `endColumn=${f.range.end.column}`,
          `title=${property(`${f.ruleId} ${f.slug}`)}`,
        ];
        out += `::${COMMAND[f.severity]} ${props.join(',')}::${data(f.message[ctx.lang])}\n`;
      }
      files.add(out);
      return '';
    },
    end: () => files.all(),
  };
}

// Escaping as the Actions runner documents it for messages and for properties.
function data(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function property(s: string): string {
  return data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
