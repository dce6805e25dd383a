import type { InstructionNode } from '../model/types.js';
import type { CommandContext, Word } from '../shell/types.js';
import type { TextEdit } from '../types.js';
import { defineRule, type RuleContext } from './define.js';
import { OS_MANAGERS } from './support/os-packages.js';
import { installsOf, list, said } from './support/packages.js';

/** Long install lines read and diff better sorted, one per line; duplicates hide in unsorted lists. */
export const rule = defineRule({
  meta: {
    id: 'DOP057',
    slug: 'unsorted-packages',
    title: { en: 'Package list not sorted, or with duplicates', ko: '정렬되지 않았거나 중복된 패키지 목록' },
    severity: 'style',
    practices: ['P24'],
    aka: {},
    fixable: 'safe',
    explanation: {
      en: 'An alphabetical package list (one per line when it is long) makes reviews and diffs easy and shows duplicates at once. The package manager resolves the whole list together, so the order does not change what gets installed and the fix is safe.',
      ko: '패키지 목록을 알파벳순으로(길면 한 줄에 하나씩) 두면 리뷰와 diff가 쉬워지고 중복도 바로 보입니다. 패키지 관리자는 목록 전체를 한꺼번에 풀어 설치하므로 순서를 바꿔도 설치 결과는 같고, 그래서 자동 수정도 안전합니다.',
    },
    examples: {
      bad: 'FROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends wget curl && rm -rf /var/lib/apt/lists/*\n',
      badLines: [2],
      onbuild: 'same',
      good: 'FROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl wget && rm -rf /var/lib/apt/lists/*\n',
    },
  },
  check(ctx) {
    for (const { call, ins } of installsOf(ctx.model, [...OS_MANAGERS])) {
      const pkgs = call.operands;
      if (pkgs.length < 2) continue;
      const names = pkgs.map((w) => w.value);
      const sorted = [...new Set(names)].sort(compare);
      const dupes = names.filter((n, i) => names.indexOf(n) !== i);
      if (dupes.length === 0 && names.every((n, i) => n === sorted[i])) continue;
      // Only a run of plain adjacent words can be rewritten in place.
      const plain = pkgs.every((w) => !w.quoted && !w.expansion) && contiguous(call.cmd.args, pkgs);
      ctx.report({
        span: { start: pkgs[0]!.span.start, end: pkgs[pkgs.length - 1]!.span.end },
        message: dupes.length
          ? {
              en: `\`${said(call)}\` lists ${list([...new Set(dupes)])} twice.`,
              ko: `\`${said(call)}\`에서 두 번 나오는 패키지: ${list([...new Set(dupes)])}.`,
            }
          : {
              en: `The packages of \`${said(call)}\` are not in alphabetical order.`,
              ko: `\`${said(call)}\`의 패키지가 알파벳순이 아닙니다.`,
            },
        ...(plain
          ? {
              fix: {
                title: { en: 'Sort and de-duplicate', ko: '정렬하고 중복 제거' },
                safety: 'safe' as const,
                edits: onePerLine(ins, call.cmd.context, sorted)
                  ? [listOnLines(ctx, ins, pkgs, sorted)]
                  : rewrite(pkgs, sorted),
              },
            }
          : {}),
      });
    }
  },
});

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Package words with no option between them (options may precede or follow the run). */
function contiguous(args: readonly Word[], pkgs: readonly Word[]): boolean {
  const first = args.indexOf(pkgs[0]!);
  return pkgs.every((w, i) => args[first + i] === w);
}

/** Puts the sorted names into the existing word slots, and removes the slots left over. */
function rewrite(pkgs: readonly Word[], sorted: readonly string[]): TextEdit[] {
  const edits: TextEdit[] = [];
  pkgs.forEach((w, i) => {
    if (i < sorted.length) edits.push({ start: w.span.start, end: w.span.end, text: sorted[i]! });
    else edits.push({ start: pkgs[i - 1]!.span.end, end: w.span.end, text: '' });
  });
  return edits;
}

/** Lists this long go one package per line, so a diff shows exactly which package changed. */
const ONE_PER_LINE_FROM = 4;

/** Whether the sorted list can be spread over lines: never inside JSON or a quoted `sh -c` string. */
function onePerLine(ins: InstructionNode, context: CommandContext, sorted: readonly string[]): boolean {
  return sorted.length >= ONE_PER_LINE_FROM && !ins.json && (context === 'top' || context === 'heredoc');
}

/** One edit replacing the whole list with the sorted names, one per continuation line. */
function listOnLines(
  ctx: RuleContext,
  ins: InstructionNode,
  pkgs: readonly Word[],
  sorted: readonly string[],
): TextEdit {
  const start = pkgs[0]!.span.start;
  const lineOf = (at: number) => {
    let from = at;
    while (from > 0 && ctx.text[from - 1] !== '\n') from--;
    return from;
  };
  const indentOf = (at: number) => /^[ \t]*/.exec(ctx.text.slice(lineOf(at)))![0];
  // Already at the start of its own line: keep that indentation. Otherwise break after the command.
  const ownLine = ctx.text.slice(lineOf(start), start).trim() === '';
  const indent = ownLine ? indentOf(start) : `${indentOf(ins.span.start)}    `;
  // In a heredoc the shell joins the lines; elsewhere the Dockerfile's escape character does.
  const continuation = ins.heredocs.length > 0 ? '\\' : ctx.model.escapeChar;
  const eol = ctx.text.includes('\r\n') ? '\r\n' : '\n';
  const separator = ` ${continuation}${eol}${indent}`;
  return {
    start,
    end: pkgs[pkgs.length - 1]!.span.end,
    text: (ownLine ? '' : `${continuation}${eol}${indent}`) + sorted.join(separator),
  };
}
