/** Predict-then-reveal: each marked line scored against what the analyzer finds. */
import { analyze } from '@dop/analyzer';
import { describe, expect, it } from 'vitest';
import { lineVerdicts, problemsOf, scorePrediction, toggleMark } from './predict';
import { SEED_BY_ID } from './seeds';

const at = (ruleId: string, start: number, end = start, severity = 'warning' as const, endColumn = 5) => ({
  ruleId,
  severity,
  range: { start: { line: start, column: 1 }, end: { line: end, column: endColumn } },
});

describe('scoring a prediction', () => {
  it('counts hits, misses and false alarms, one problem per span of lines', () => {
    const findings = [at('DOP094', 4), at('DOP040', 7), at('DOP053', 2), at('DOP052', 2)];
    const s = scorePrediction([2, 4, 5], findings, 8);
    expect(s.problems.map((p) => [p.start, p.end, p.rules, p.found])).toEqual([
      [2, 2, ['DOP053', 'DOP052'], true],
      [4, 4, ['DOP094'], true],
      [7, 7, ['DOP040'], false],
    ]);
    expect(s.marks).toEqual([
      { line: 2, verdict: 'hit' },
      { line: 4, verdict: 'hit' },
      { line: 5, verdict: 'false-alarm' },
    ]);
    expect([s.found, s.total, s.falseAlarms]).toEqual([2, 3, 1]);
    expect([...lineVerdicts(s)]).toEqual([
      [7, 'missed'],
      [2, 'hit'],
      [4, 'hit'],
      [5, 'false-alarm'],
    ]);
  });

  it('finds a multi-line RUN by a mark on any of its lines, and counts it once', () => {
    const findings = [at('DOP051', 2, 5), at('DOP052', 2)];
    expect(problemsOf(findings)).toEqual([
      { start: 2, end: 5, also: [], rules: ['DOP052', 'DOP051'], found: false },
    ]);
    const s = scorePrediction([3, 4], findings, 6);
    expect([s.found, s.total, s.falseAlarms]).toEqual([1, 1, 0]);
    // no mark: every line of the RUN is missed
    expect([...lineVerdicts(scorePrediction([], findings, 6)).keys()]).toEqual([2, 3, 4, 5]);
  });

  it('does not reach into the line a range ends on at column 1', () => {
    expect(problemsOf([at('DOP099', 3, 4, 'warning', 1)])).toEqual([
      { start: 3, end: 3, also: [], rules: ['DOP099'], found: false },
    ]);
  });

  it('scores no style finding, and drops marks outside the file', () => {
    const s = scorePrediction([0, 3, 3, 99], [at('DOP057', 3, 3, 'style' as never)], 5);
    expect(s.total).toBe(0);
    expect(s.marks).toEqual([{ line: 3, verdict: 'false-alarm' }]);
  });

  it('with a nothing-wrong file, says so: no problem, every mark a false alarm', () => {
    const s = scorePrediction([1], [], 2);
    expect([s.found, s.total, s.falseAlarms]).toEqual([0, 0, 1]);
  });

  it('counts a mark on a line the finding names (the COPY a late install follows) as found', () => {
    const f = { ...at('DOP094', 8), related: [at('', 6).range] };
    const s = scorePrediction([6], [f], 9);
    expect(s.problems[0]).toMatchObject({ start: 8, end: 8, also: [6], found: true });
    expect(s.marks).toEqual([{ line: 6, verdict: 'hit' }]);
    // the missed marker goes on the finding's own line only
    expect([...lineVerdicts(scorePrediction([], [f], 9))]).toEqual([[8, 'missed']]);
  });

  it('reads the named lines from the related locations, never from the message text', () => {
    // a related RUN over lines 3–5 (ending at column 1 of line 6), and a message naming no line
    const related = {
      ...at('DOP088', 9),
      related: [at('', 3, 6, 'warning', 1).range],
      message: { en: '…', ko: '' },
    };
    expect(problemsOf([related])[0]).toMatchObject({ start: 9, end: 9, also: [3, 4, 5] });
    expect(scorePrediction([4], [related], 10).found).toBe(1);
    // "line 2" in a message is prose: without a related location it names nothing
    const prose = { ...at('DOP099', 7), message: { en: 'follows the RUN at line 2', ko: '' } };
    expect(problemsOf([prose])[0]!.also).toEqual([]);
  });

  it('on a seed lesson: a class that marks the COPY before pip install finds the cache lesson', () => {
    const seed = SEED_BY_ID.get('seed-django-order')!;
    const text = seed.steps[0]!.text.en;
    const { findings } = analyze(text);
    const lines = text.split('\n');
    const copy = lines.findIndex((l) => l.startsWith('COPY django_project')) + 1;
    const s = scorePrediction([copy], findings, lines.length);
    const cache = s.problems.find((p) => p.rules.includes('DOP094'))!;
    expect(cache.found).toBe(true);
    expect(s.marks).toEqual([{ line: copy, verdict: 'hit' }]);
    expect(s.total).toBeGreaterThan(s.found);
  });

  it('toggles a mark on and off, keeping the marks in line order', () => {
    expect(toggleMark([5, 9], 7)).toEqual([5, 7, 9]);
    expect(toggleMark([5, 7, 9], 7)).toEqual([5, 9]);
  });
});
