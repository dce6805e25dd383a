import { describe, expect, it } from 'vitest';
import { fixed, lint } from '../testing/lint.js';
import { rule } from './dop003-empty-continuation-line.js';

describe('DOP003 empty-continuation-line', () => {
  it('fires once per instruction that continues across empty lines', () => {
    const text =
      'FROM alpine:3.20\nRUN echo a \\\n  \n\n    && echo b \\\n\n    && echo c\nRUN echo d \\\n\n  e\n';
    const hits = lint(rule, text);
    expect(hits).toHaveLength(2);
    expect(hits[0]!.message.en).toContain('3 empty lines');
    expect(hits[0]!.span.start).toBe(text.indexOf('  \n'));
  });

  it('fires when a following instruction is swallowed, under ONBUILD and with the backtick escape', () => {
    expect(lint(rule, 'FROM alpine:3.20\nRUN echo \\\n\nRUN b\n')).toHaveLength(1);
    expect(lint(rule, 'FROM alpine:3.20\nONBUILD RUN echo a \\\n\n  b\n')).toHaveLength(1);
    expect(
      lint(rule, '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN dir `\n\n  C:\\\n'),
    ).toHaveLength(1);
  });

  it('does not fire on comment lines, here-document bodies, or blank lines between instructions', () => {
    expect(lint(rule, 'FROM alpine:3.20\nRUN echo a \\\n  # comment\n  && echo b\n')).toEqual([]);
    expect(lint(rule, 'FROM alpine:3.20\nRUN <<EOF\necho a\n\necho b\nEOF\n\nRUN true\n')).toEqual([]);
    expect(lint(rule, 'FROM alpine:3.20\nCOPY <<EOF /etc/motd\nhello\n\nworld\nEOF\n')).toEqual([]);
    expect(lint(rule, 'FROM alpine:3.20\n\n\nRUN true\n\n')).toEqual([]);
    expect(lint(rule, '')).toEqual([]);
  });

  it('fixes by deleting the empty lines, CRLF included', () => {
    expect(fixed(rule, 'FROM alpine:3.20\nRUN echo a \\\n  \n\n    && echo b \\\n\n    && echo c\n')).toBe(
      'FROM alpine:3.20\nRUN echo a \\\n    && echo b \\\n    && echo c\n',
    );
    expect(fixed(rule, 'FROM alpine:3.20\r\nRUN echo a \\\r\n\r\n  b\r\n')).toBe(
      'FROM alpine:3.20\r\nRUN echo a \\\r\n  b\r\n',
    );
  });

  it('is silenced by check=skip', () => {
    expect(lint(rule, '# check=skip=NoEmptyContinuation\nFROM alpine:3.20\nRUN echo a \\\n\n  b\n')).toEqual(
      [],
    );
    expect(lint(rule, 'FROM alpine:3.20\n# check=skip=NoEmptyContinuation\nRUN echo a \\\n\n  b\n')).toEqual(
      [],
    );
  });
});
