import { substituteVariables } from '../model/image-ref.js';
import type { InstructionNode } from '../model/types.js';
import type { TextEdit } from '../types.js';
import { both, defineRule } from './define.js';

/** Names an ENV value refers to (`$A`, `${A:-x}`). */
function referencedNames(ins: InstructionNode): string[] {
  return ins.properties.flatMap((p) => substituteVariables(p.rawValue ?? '', new Map()).used);
}

/**
 * Runs of instructions of one keyword, next to each other, that can become one. A run is cut
 * by a comment (merging would move or lose it) and, for ENV, by an instruction that reads a
 * variable set earlier in the run: inside one ENV every `$X` sees the value from *before* the
 * instruction, so `ENV A=1` + `ENV B=$A` merged would give B the old A.
 */
/** Whether a comment starts in [from, to): a binary search of the sorted starts, not a scan per instruction. */
function commentBetween(sortedStarts: readonly number[], from: number, to: number): boolean {
  let lo = 0;
  let hi = sortedStarts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sortedStarts[mid]! < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < sortedStarts.length && sortedStarts[lo]! < to;
}

function mergeableRuns(list: readonly InstructionNode[], commentStarts: number[]): InstructionNode[][] {
  const runs: InstructionNode[][] = [];
  let run: InstructionNode[] = [];
  let assigned = new Set<string>();
  // Only a run that has started is reset: no new list and set for every other instruction.
  const flush = () => {
    if (run.length === 0) return;
    if (run.length > 1) runs.push(run);
    run = [];
    assigned = new Set();
  };
  for (const ins of list) {
    const candidate = (ins.keyword === 'ENV' || ins.keyword === 'LABEL') && ins.properties.length > 0;
    if (!candidate) {
      flush();
      continue;
    }
    const prev = run[run.length - 1];
    const joinable =
      prev !== undefined &&
      prev.keyword === ins.keyword &&
      prev.stage === ins.stage &&
      !commentBetween(commentStarts, prev.span.end, ins.span.start) &&
      !(ins.keyword === 'ENV' && referencedNames(ins).some((n) => assigned.has(n)));
    if (!joinable) flush();
    run.push(ins);
    if (ins.keyword === 'ENV') for (const p of ins.properties) assigned.add(p.name);
  }
  flush();
  return runs;
}

export const rule = defineRule({
  meta: {
    id: 'DOP116',
    slug: 'consecutive-env-label',
    title: { en: 'Consecutive ENV or LABEL instructions', ko: '연이은 ENV 또는 LABEL 명령' },
    severity: 'style',
    practices: ['P25'],
    aka: {},
    fixable: 'safe',
    explanation: {
      en: 'Each ENV and LABEL adds a step to the build history; several in a row read better as one instruction with one `KEY=value` per line. Variables are the exception: within one ENV, `$A` still means the value from before it, so an ENV that uses a variable set just above must stay separate.',
      ko: 'ENV와 LABEL은 각각 빌드 이력에 한 단계를 더합니다. 연달아 여러 개라면 한 줄에 `KEY=value` 하나씩 적은 하나의 명령이 더 읽기 쉽습니다. 단, 한 ENV 안에서 `$A`는 그 명령 이전의 값을 뜻하므로, 바로 위에서 정한 변수를 쓰는 ENV는 따로 두어야 합니다.',
    },
    examples: {
      bad: 'FROM python:3.12-slim\nENV PYTHONDONTWRITEBYTECODE=1\nENV PYTHONUNBUFFERED=1\n',
      badLines: [2],
      // Ignored: only this file's own ENV and LABEL are offered for joining.
      onbuild: 'ignored',
      good: 'FROM python:3.12-slim\nENV PYTHONDONTWRITEBYTECODE=1 \\\n    PYTHONUNBUFFERED=1\n',
    },
  },
  check(ctx) {
    const comments = ctx.model.comments.map((c) => c.span.start).sort((a, b) => a - b);
    const esc = ctx.model.escapeChar;
    for (const run of mergeableRuns(ctx.model.instructions, comments)) {
      const first = run[0]!;
      const last = run[run.length - 1]!;
      const kw = first.keyword;
      // Only `KEY=value` pairs can share an instruction; the legacy form is DOP115's to fix first.
      const canFix = run.every((i) => i.properties.every((p) => p.hasEquals) && i.argsSpan);
      const edits: TextEdit[] = [];
      for (let i = 1; i < run.length; i++) {
        edits.push({ start: run[i - 1]!.span.end, end: run[i]!.argsSpan?.start ?? 0, text: ` ${esc}\n    ` });
      }
      ctx.report({
        span: { start: first.span.start, end: last.span.end },
        message: both(
          `${run.length} ${kw} instructions in a row can be one ${kw}.`,
          `연이은 ${kw} 명령 ${run.length}개를 하나의 ${kw}로 합칠 수 있습니다.`,
        ),
        fix: canFix
          ? { title: both(`Merge into one ${kw}`, `하나의 ${kw}로 합치기`), safety: 'safe', edits }
          : undefined,
      });
    }
  },
});
