import { codeFrameColumns } from '@babel/code-frame';
import type { Finding, Severity } from '@dop/analyzer';
import { contextFileShown } from '@dop/report';
import { createColors } from 'picocolors';
import type { FileResult, FormatContext, FormatWriter } from '../types.js';
import { printable } from './printable.js';
import { countFile, emptySummary, type Summary } from './summary.js';

const LABEL: Record<Severity, { en: string; ko: string }> = {
  error: { en: 'error', ko: '오류' },
  warning: { en: 'warning', ko: '경고' },
  info: { en: 'info', ko: '정보' },
  style: { en: 'style', ko: '스타일' },
};

/**
 * Human output: findings grouped by file with a code frame, then one summary line. Streams: each
 * file's part is returned as it comes; only the counts are kept for the summary.
 */
export function ttyWriter(ctx: FormatContext): FormatWriter {
  const summary = emptySummary();
  return {
    add(r) {
      countFile(summary, r);
      return formatTtyFile(r, ctx);
    },
    end: () => [formatTtySummary(summary, ctx)],
  };
}

export function formatTtyFile(result: FileResult, ctx: FormatContext): string {
  // Everything shown comes from the user's files: made safe for a terminal before colour is added.
  const r: FileResult = {
    ...result,
    path: printable(result.path),
    text: printable(result.text),
    ...(result.error ? { error: printable(result.error) } : {}),
  };
  const c = createColors(ctx.color);
  const paint: Record<Severity, (s: string) => string> = {
    error: c.red,
    warning: c.yellow,
    info: c.blue,
    style: c.dim,
  };
  let out = '';
  if (r.error)
    return `${c.bold(r.path)}\n  ${c.red(ctx.lang === 'ko' ? '읽을 수 없음' : 'error')}  ${r.error}\n\n`;
  if (r.fix && r.fix.applied.length > 0) {
    const ids = r.fix.applied.map((a) => a.ruleId);
    const counts = [...new Set(ids)].map((id) => `${id}×${ids.filter((x) => x === id).length}`).join(', ');
    const verb = r.fix.written
      ? ctx.lang === 'ko'
        ? '수정함'
        : 'fixed'
      : ctx.lang === 'ko'
        ? '수정 가능'
        : 'fixable';
    out += `${c.bold(r.path)}  ${c.green(`${verb} ${r.fix.applied.length}`)} (${counts})\n`;
  }
  if (r.fix?.skipped) out += `${c.bold(r.path)}  ${c.yellow(r.fix.skipped)}\n`;
  if (r.fix?.deferred?.length) {
    const ko = ctx.lang === 'ko';
    const list = r.fix.deferred.map((d) => `${d.ruleId}:${d.line} (${d.reason})`).join(', ');
    out += `${c.bold(r.path)}  ${c.yellow(ko ? `적용하지 못한 수정 ${r.fix.deferred.length}개` : `${r.fix.deferred.length} fix${r.fix.deferred.length === 1 ? '' : 'es'} not applied`)}: ${list}\n`;
  }
  if (r.rewrite && r.rewrite.changes > 0) {
    const ko = ctx.lang === 'ko';
    out += `${c.bold(r.path)}  ${c.cyan(ko ? `재작성 제안 ${r.rewrite.changes}개` : `${r.rewrite.changes} rewrite change${r.rewrite.changes === 1 ? '' : 's'} available`)}${c.dim(` — dop rewrite ${r.path}`)}\n`;
  }
  if (r.findings.length === 0) return out ? `${out}\n` : '';
  if (!out) out += `${c.bold(r.path)}\n`;
  for (const f of r.findings) {
    const sev = paint[f.severity](LABEL[f.severity][ctx.lang]);
    const where = c.dim(`${f.range.start.line}:${f.range.start.column}`);
    const fixable = f.fix ? c.dim(f.fix.safety === 'safe' ? ' [fix]' : ' [fix: review]') : '';
    out += `  ${where}  ${sev}  ${printable(f.message[ctx.lang])}  ${c.dim(f.ruleId)}${fixable}\n`;
    for (const cf of f.contextFiles ?? [])
      out += `    ${c.dim('↳')} ${printable(contextFileShown(r, cf.path))}${cf.line ? c.dim(`:${cf.line}`) : ''}\n`;
    out += `${indent(frame(r.text, f, ctx.color), '    ')}\n`;
  }
  return `${out}\n`;
}

export function formatTtySummary(s: Summary, ctx: FormatContext): string {
  const c = createColors(ctx.color);
  const parts =
    ctx.lang === 'ko'
      ? [
          `파일 ${s.files}개`,
          `오류 ${s.bySeverity.error}`,
          `경고 ${s.bySeverity.warning}`,
          `정보 ${s.bySeverity.info}`,
          `스타일 ${s.bySeverity.style}`,
        ]
      : [
          `${s.files} file${s.files === 1 ? '' : 's'}`,
          `${s.bySeverity.error} errors`,
          `${s.bySeverity.warning} warnings`,
          `${s.bySeverity.info} info`,
          `${s.bySeverity.style} style`,
        ];
  if (s.unreadable > 0)
    parts.push(ctx.lang === 'ko' ? `읽지 못한 파일 ${s.unreadable}개` : `${s.unreadable} unreadable`);
  if (s.fixable > 0)
    parts.push(ctx.lang === 'ko' ? `--fix로 ${s.fixable}개 수정 가능` : `${s.fixable} fixable with --fix`);
  if (s.fixed > 0) parts.push(ctx.lang === 'ko' ? `${s.fixed}개 수정함` : `${s.fixed} fixed`);
  const line = parts.join(' · ');
  return `${s.total === 0 && s.unreadable === 0 ? c.green(line) : c.bold(line)}\n`;
}

function frame(text: string, f: Finding, color: boolean): string {
  const { start, end } = f.range;
  // A finding that ends at the start of a line points at the previous one: keep the frame tight.
  const endLoc = end.line > start.line && end.column === 1 ? { line: end.line - 1, column: 10_000 } : end;
  try {
    return codeFrameColumns(
      text,
      { start, end: endLoc },
      { highlightCode: false, forceColor: color, linesAbove: 1, linesBelow: 0 },
    );
  } catch {
    return '';
  }
}

function indent(s: string, by: string): string {
  return s
    .split('\n')
    .map((l) => (l ? by + l : l))
    .join('\n');
}
