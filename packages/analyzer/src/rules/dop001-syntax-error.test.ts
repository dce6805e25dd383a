import { describe, expect, it } from 'vitest';
import { lint } from '../testing/lint.js';
import { rule } from './dop001-syntax-error.js';

describe('DOP001 syntax-error', () => {
  it('reports unknown instructions, missing arguments and open heredocs with a range', () => {
    const [unknown] = lint(rule, 'FROM alpine:3.20\nFORM x\n');
    expect(unknown!.message.en).toMatch(/Unknown instruction "FORM"/);
    expect(unknown!.range.start).toEqual({ line: 2, column: 1 });
    expect(lint(rule, 'FROM alpine:3.20\nWORKDIR\n')[0]!.message.en).toMatch(/WORKDIR needs/);
    expect(lint(rule, 'FROM alpine:3.20\nRUN <<EOF\necho hi\n')[0]!.message.en).toMatch(/not closed/);
  });

  it('reports empty and binary input', () => {
    expect(lint(rule, '')[0]!.message.en).toMatch(/empty/);
    expect(lint(rule, '  \n# only a comment\n').length).toBe(0);
    expect(lint(rule, 'FROM\u0000\u0001\u0002garbage')[0]!.message.en).toMatch(/binary/);
  });

  it('reports an unclosed quote in a RUN script', () => {
    const f = lint(rule, 'FROM alpine:3.20\nRUN echo "hello\n');
    expect(f).toHaveLength(1);
    expect(f[0]!.message.ko).toMatch(/큰따옴표/);
  });

  it('is quiet on a clean file, including a closed heredoc', () => {
    expect(lint(rule, 'FROM alpine:3.20\nRUN <<EOF\nset -e\necho "hi"\nEOF\nCMD ["sh"]\n')).toEqual([]);
  });
});
