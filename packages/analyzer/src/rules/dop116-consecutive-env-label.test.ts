import { describe, expect, it } from 'vitest';
import { fixed, lint } from '../testing/lint.js';
import { rule } from './dop116-consecutive-env-label.js';

describe('DOP116 consecutive-env-label', () => {
  it('fires once per run of ENV or LABEL', () => {
    const text = 'FROM alpine:3.20\nENV A=1\nENV B=2\nENV C=3\nRUN true\nLABEL a=1\nLABEL b=2\n';
    const hits = lint(rule, text);
    expect(hits.map((h) => h.message.en)).toEqual([
      '3 ENV instructions in a row can be one ENV.',
      '2 LABEL instructions in a row can be one LABEL.',
    ]);
    expect(hits[0]!.span).toEqual({ start: text.indexOf('ENV A'), end: text.indexOf('RUN') - 1 });
  });

  it('merges with continuation lines', () => {
    expect(fixed(rule, 'FROM alpine:3.20\nENV A=1\nENV B="x y" C=3\n\nENV D=4\nRUN true\n')).toBe(
      'FROM alpine:3.20\nENV A=1 \\\n    B="x y" C=3 \\\n    D=4\nRUN true\n',
    );
    expect(fixed(rule, 'FROM alpine:3.20\nLABEL a=1 \\\n      b=2\nLABEL c=3\n')).toBe(
      'FROM alpine:3.20\nLABEL a=1 \\\n      b=2 \\\n    c=3\n',
    );
    expect(
      fixed(rule, '# escape=`\nFROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nENV A=1\nENV B=2\n'),
    ).toBe('# escape=`\nFROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nENV A=1 `\n    B=2\n');
  });

  it('does not merge an ENV that reads a variable set just above (it would see the old value)', () => {
    expect(lint(rule, 'FROM alpine:3.20\nENV A=1\nENV B=$A\n')).toEqual([]);
    expect(lint(rule, 'FROM alpine:3.20\nENV A=/x\nENV PATH=${A}/bin:$PATH\n')).toEqual([]);
    // The run restarts at the ENV that reads it.
    expect(fixed(rule, 'FROM alpine:3.20\nENV A=1\nENV B=$A\nENV C=2\n')).toBe(
      'FROM alpine:3.20\nENV A=1\nENV B=$A \\\n    C=2\n',
    );
    // LABEL values read ARG/ENV, never other labels.
    expect(lint(rule, 'FROM alpine:3.20\nLABEL a=1\nLABEL b=$a\n')).toHaveLength(1);
  });

  it('does not fire across comments, other instructions, stages, or ONBUILD', () => {
    expect(lint(rule, 'FROM alpine:3.20\nENV A=1\n# why B\nENV B=2\n')).toEqual([]);
    expect(lint(rule, 'FROM alpine:3.20\nENV A=1\nLABEL a=1\nENV B=2\n')).toEqual([]);
    expect(lint(rule, 'FROM alpine:3.20\nENV A=1\nFROM alpine:3.20\nENV B=2\n')).toEqual([]);
    expect(lint(rule, 'FROM alpine:3.20\nONBUILD ENV A=1\nONBUILD ENV B=2\n')).toEqual([]);
    expect(lint(rule, 'FROM alpine:3.20\nENV\nENV\n')).toEqual([]);
  });

  it('reports but does not fix a run with the legacy form', () => {
    const hits = lint(rule, 'FROM alpine:3.20\nENV A 1\nENV B=2\n');
    expect(hits).toHaveLength(1);
    expect(hits[0]!.fix).toBeUndefined();
  });

  it('is silenced by our pragma', () => {
    expect(lint(rule, 'FROM alpine:3.20\n# dop ignore=DOP116\nENV A=1\nENV B=2\n')).toEqual([]);
  });
});
