import { describe, expect, it } from 'vitest';
import { lint } from '../testing/lint.js';
import { rule } from './dop002-first-instruction.js';

describe('DOP002 first-instruction', () => {
  it('fires on each instruction other than ARG before the first FROM', () => {
    const hits = lint(rule, 'ENV A=1\nRUN echo hi\nFROM alpine:3.20\n');
    expect(hits).toHaveLength(2);
    expect(hits[0]!.message.en).toContain('`ENV`');
    expect(hits[1]!.span).toEqual({ start: 8, end: 11 });
    expect(lint(rule, 'LABEL a=b\nARG V=1\nFROM alpine:${V}\n')).toHaveLength(1);
    expect(lint(rule, 'ONBUILD RUN echo\nFROM alpine:3.20\n')).toHaveLength(1);
  });

  it('fires once when there are global ARGs but no FROM', () => {
    const hits = lint(rule, 'ARG A=1\nARG B=2\n');
    expect(hits).toHaveLength(1);
    expect(hits[0]!.span.start).toBe(8);
  });

  it('does not fire on directives, comments, global ARGs and blank lines before FROM', () => {
    expect(
      lint(
        rule,
        '# syntax=docker/dockerfile:1\n# a comment\n\nARG BASE=alpine:3.20\nFROM ${BASE}\nRUN true\n',
      ),
    ).toEqual([]);
    expect(lint(rule, 'FROM alpine:3.20\nENV A=1\nFROM alpine:3.20\n')).toEqual([]);
    // A Windows file with the backtick escape.
    expect(
      lint(rule, '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN dir `\n  C:\\\n'),
    ).toEqual([]);
  });

  it('leaves unknown keywords and empty files to DOP001', () => {
    expect(lint(rule, 'FORM alpine:3.20\n')).toEqual([]);
    expect(lint(rule, '')).toEqual([]);
    expect(lint(rule, '# only a comment\n')).toEqual([]);
  });

  it('is silenced by the hadolint pragma', () => {
    expect(lint(rule, '# hadolint ignore=DL3061\nENV A=1\nFROM alpine:3.20\n')).toEqual([]);
    expect(lint(rule, 'ENV A=1\nFROM alpine:3.20\n', { disabledRules: ['DL3061'] })).toEqual([]);
  });
});
