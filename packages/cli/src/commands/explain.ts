import { RULES, RuleLookup, rules } from '@dop/analyzer';
import { createColors } from 'picocolors';
import { errorLine, type Io } from '../io.js';
import type { Lang } from '../types.js';

const lookup = new RuleLookup(RULES);

/** `dop explain ID`: our rule by id or slug, or every rule that covers a hadolint/BuildKit/Trivy id. */
export function explainCommand(id: string, lang: Lang, color: boolean, io: Io): number {
  const found = lookup.resolve(id);
  if (found.length === 0) {
    const near = rules.filter((r) => r.slug.includes(id.toLowerCase())).slice(0, 5);
    const hint = near.length ? ` (did you mean ${near.map((r) => r.id).join(', ')}?)` : '';
    errorLine(io, `no rule "${id}"${hint}; \`dop explain --list\` shows them all`);
    return 2;
  }
  const c = createColors(color);
  const ko = lang === 'ko';
  for (const { meta: r } of found) {
    const aka = [...(r.aka.hadolint ?? []), ...(r.aka.buildkit ?? []), ...(r.aka.trivy ?? [])];
    io.out(`${c.bold(`${r.id} ${r.slug}`)}  ${r.title[lang]}\n`);
    io.out(
      `${ko ? '심각도' : 'severity'}: ${r.severity}   ${ko ? '실천 항목' : 'practices'}: ${r.practices.join(', ') || '-'}   ${ko ? '자동 수정' : 'fix'}: ${r.fixable}${r.optIn ? (ko ? '   (선택 규칙)' : '   (opt-in)') : ''}\n`,
    );
    if (aka.length) io.out(`${ko ? '같은 규칙' : 'also known as'}: ${aka.join(', ')}\n`);
    io.out(`\n${r.explanation[lang]}\n\n`);
    io.out(
      `${c.red(ko ? '나쁜 예' : 'Bad')}:\n${indent(r.examples.bad)}\n${c.green(ko ? '좋은 예' : 'Good')}:\n${indent(r.examples.good)}\n`,
    );
  }
  return 0;
}

export function listRules(lang: Lang, io: Io): number {
  for (const r of rules) io.out(`${r.id}  ${r.slug.padEnd(36)} ${r.severity.padEnd(8)} ${r.title[lang]}\n`);
  return 0;
}

function indent(s: string): string {
  return s
    .trimEnd()
    .split('\n')
    .map((l) => `  ${l}`)
    .join('\n');
}
