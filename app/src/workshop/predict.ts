/**
 * Predict-then-reveal: learners mark the lines they suspect before the findings show, then each
 * mark is scored against the analyzer. A problem is the lines one or more findings cover (a RUN
 * over four lines is one problem, found by a mark on any of its lines), and the other lines its
 * findings name: DOP094 sits on the `pip install` and names the `COPY .` before it, and a class
 * that marks the COPY has found it. Style findings (sorting, spacing) are not scored, so the class
 * hunts what costs size, time or safety. Pure: the panel, the editor's gutter and the tests share it.
 */
import type { Finding } from '@dop/analyzer';

export type Verdict = 'hit' | 'missed' | 'false-alarm';

/** Lines one or more findings cover, and the lines they name; `found` when a mark is on any. */
export interface Problem {
  start: number;
  end: number;
  /** Other lines the findings name: their related locations (the `COPY . .` a late install follows). */
  also: number[];
  rules: string[];
  found: boolean;
}

export interface Score {
  problems: Problem[];
  /** Every mark in range, in line order, with its verdict (a mark is a hit or a false alarm). */
  marks: Array<{ line: number; verdict: 'hit' | 'false-alarm' }>;
  found: number;
  total: number;
  falseAlarms: number;
}

type Scored = Pick<Finding, 'ruleId' | 'severity' | 'range' | 'related'>;

/** The lines a range covers: one ending at column 1 of a line does not reach into it. */
function lines(range: Finding['range']): { start: number; end: number } {
  const start = range.start.line;
  let end = range.end.line;
  if (end > start && range.end.column === 1) end -= 1;
  return { start, end: Math.max(start, end) };
}

/** Every line of the other instructions a finding names (a RUN the download is used in, whole). */
function namedLines(f: Scored): number[] {
  return (f.related ?? []).flatMap((r) => {
    const { start, end } = lines(r);
    return Array.from({ length: end - start + 1 }, (_, i) => start + i);
  });
}

/** The problems of a file: findings other than style, overlapping line spans merged, in line order. */
export function problemsOf(findings: readonly Scored[]): Problem[] {
  const spans = findings
    .filter((f) => f.severity !== 'style')
    .map((f) => ({ ...lines(f.range), also: namedLines(f), rules: [f.ruleId] }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Problem[] = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) {
      last.end = Math.max(last.end, s.end);
      if (!last.rules.includes(s.rules[0]!)) last.rules.push(s.rules[0]!);
      last.also.push(...s.also);
    } else out.push({ ...s, found: false });
  }
  for (const p of out)
    p.also = [...new Set(p.also)].filter((l) => l < p.start || l > p.end).sort((a, b) => a - b);
  return out;
}

const covers = (p: Problem, line: number) => (line >= p.start && line <= p.end) || p.also.includes(line);

/** Scores the marked lines against the findings; marks past the file's last line are dropped. */
export function scorePrediction(
  marks: readonly number[],
  findings: readonly Scored[],
  lineCount: number,
): Score {
  const problems = problemsOf(findings);
  const inRange = [...new Set(marks)].filter((l) => l >= 1 && l <= lineCount).sort((a, b) => a - b);
  const scored = inRange.map((line) => {
    // one mark finds every problem it is part of
    const hits = problems.filter((p) => covers(p, line));
    for (const p of hits) p.found = true;
    return { line, verdict: hits.length > 0 ? ('hit' as const) : ('false-alarm' as const) };
  });
  return {
    problems,
    marks: scored,
    found: problems.filter((p) => p.found).length,
    total: problems.length,
    falseAlarms: scored.filter((m) => m.verdict === 'false-alarm').length,
  };
}

/**
 * What each line of the editor shows after the reveal: a marked line its verdict, every line of a
 * problem no mark found "missed".
 */
export function lineVerdicts(score: Score): Map<number, Verdict> {
  const out = new Map<number, Verdict>();
  for (const p of score.problems) if (!p.found) for (let l = p.start; l <= p.end; l++) out.set(l, 'missed');
  for (const m of score.marks) out.set(m.line, m.verdict);
  return out;
}

/** Adds a mark, or takes it off when the line is marked already. */
export function toggleMark(marks: readonly number[], line: number): number[] {
  return marks.includes(line) ? marks.filter((l) => l !== line) : [...marks, line].sort((a, b) => a - b);
}
