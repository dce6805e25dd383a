import type { Finding, Localized, Severity } from '@dop/analyzer';
import type { Change } from '@dop/rewriter';
import { summarize } from './summary.js';
import type { FileResult, Lang } from './types.js';

/** The few words of the Markdown reports, in both languages. */
const WORDS = {
  en: {
    title: 'Dockerfile findings',
    none: 'No findings.',
    summary: '{total} findings: {error} errors, {warning} warnings, {notes} notes',
    line: 'Line',
    severity: 'Severity',
    rule: 'Rule',
    message: 'Message',
    error: 'error',
    warning: 'warning',
    info: 'note',
    style: 'style',
    rewriteTitle: 'Optimized Dockerfile',
    changes: 'Changes ({count})',
    noChanges: 'No changes.',
    before: 'Before',
    after: 'After',
    safe: 'safe',
    review: 'review',
    by: 'Written by the Dockerfile Optimizer (dop {version}).',
  },
  ko: {
    title: 'Dockerfile 검사 결과',
    none: '발견 사항이 없습니다.',
    summary: '발견 사항 {total}개: 오류 {error}, 경고 {warning}, 참고 {notes}',
    line: '행',
    severity: '심각도',
    rule: '규칙',
    message: '내용',
    error: '오류',
    warning: '경고',
    info: '참고',
    style: '스타일',
    rewriteTitle: '최적화한 Dockerfile',
    changes: '바뀐 점 ({count})',
    noChanges: '바뀐 점이 없습니다.',
    before: '이전',
    after: '이후',
    safe: '안전',
    review: '검토 필요',
    by: 'Dockerfile Optimizer(dop {version})가 만들었습니다.',
  },
} as const;

type Word = keyof (typeof WORDS)['en'];

function say(lang: Lang, key: Word, params: Record<string, string | number> = {}): string {
  return WORDS[lang][key].replace(/\{(\w+)\}/g, (m, k: string) => String(params[k] ?? m));
}

/** Text for a table cell: one line, pipes escaped (backticks stay: they are code spans). */
function cell(text: string): string {
  return text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
}

/** A fenced block whose fence is longer than any run of backticks inside. */
export function fenced(text: string, info = 'dockerfile'): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}${info}\n${text.endsWith('\n') ? text : `${text}\n`}${fence}`;
}

export interface MarkdownOptions {
  lang: Lang;
  version: string;
  /** A link to a rule's page, when there is one to give. */
  ruleUrl?: (ruleId: string) => string;
}

/** Findings as Markdown for a pull-request comment: a summary line and a table per file. */
export function formatFindingsMarkdown(results: readonly FileResult[], opts: MarkdownOptions): string {
  const { lang } = opts;
  const s = summarize(results);
  const out = [`### ${say(lang, 'title')}`, ''];
  out.push(
    say(lang, 'summary', {
      total: s.total,
      error: s.bySeverity.error,
      warning: s.bySeverity.warning,
      notes: s.bySeverity.info + s.bySeverity.style,
    }),
    '',
  );
  for (const r of results) {
    if (results.length > 1 || r.path !== '-') out.push(`#### \`${r.path}\``, '');
    if (r.findings.length === 0) {
      out.push(say(lang, 'none'), '');
      continue;
    }
    out.push(
      `| ${say(lang, 'line')} | ${say(lang, 'severity')} | ${say(lang, 'rule')} | ${say(lang, 'message')} |`,
      '| ---: | --- | --- | --- |',
    );
    const sorted = [...r.findings].sort((a, b) => a.span.start - b.span.start);
    for (const f of sorted) out.push(row(f, opts));
    out.push('');
  }
  out.push(`<sub>${say(lang, 'by', { version: opts.version })}</sub>`, '');
  return out.join('\n');
}

function row(f: Finding, opts: MarkdownOptions): string {
  const rule = opts.ruleUrl ? `[${f.ruleId}](${opts.ruleUrl(f.ruleId)})` : f.ruleId;
  const severity = say(opts.lang, f.severity as Severity & Word);
  return `| ${f.range.start.line} | ${severity} | ${rule} | ${cell(f.message[opts.lang])} |`;
}

/** A rewrite as Markdown: the change list, then the Dockerfile before (folded) and after. */
export function formatRewriteMarkdown(
  before: string,
  after: string,
  changes: readonly Change[],
  opts: MarkdownOptions,
): string {
  const { lang } = opts;
  const pick = (l: Localized) => l[lang];
  const out = [
    `### ${say(lang, 'rewriteTitle')}`,
    '',
    `#### ${say(lang, 'changes', { count: changes.length })}`,
    '',
  ];
  if (changes.length === 0) out.push(say(lang, 'noChanges'));
  for (const c of changes) {
    out.push(`- **${cell(pick(c.title))}** (${say(lang, c.risk)}): ${cell(pick(c.explanation))}`);
  }
  out.push(
    '',
    '<details>',
    `<summary>${say(lang, 'before')}</summary>`,
    '',
    fenced(before),
    '',
    '</details>',
    '',
    `#### ${say(lang, 'after')}`,
    '',
    fenced(after),
    '',
    `<sub>${say(lang, 'by', { version: opts.version })}</sub>`,
    '',
  );
  return out.join('\n');
}
