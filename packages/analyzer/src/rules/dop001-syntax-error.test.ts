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

  it('reports a HEALTHCHECK the builder rejects', () => {
    const messages = (text: string) => lint(rule, `FROM alpine:3.20\n${text}\n`).map((f) => f.message.en);
    expect(messages('HEALTHCHECK')).toEqual([expect.stringMatching(/needs `CMD <command>` or `NONE`/)]);
    expect(messages('HEALTHCHECK --interval=5s')).toEqual([expect.stringMatching(/needs `CMD/)]);
    expect(messages('HEALTHCHECK CMD')).toEqual([expect.stringMatching(/no command/)]);
    expect(messages('HEALTHCHECK CMD []')).toEqual([expect.stringMatching(/no command/)]);
    expect(messages('HEALTHCHECK CONNECT TCP 7000')).toEqual([
      expect.stringMatching(/Unknown HEALTHCHECK type "CONNECT"/),
    ]);
    expect(messages('HEALTHCHECK NONE now')).toEqual([expect.stringMatching(/takes no arguments/)]);
    expect(messages('ONBUILD HEALTHCHECK')).toHaveLength(1);
  });

  it('reports an ENV or LABEL name without a value, and not the forms the builder accepts', () => {
    expect(lint(rule, 'FROM alpine:3.20\nENV PATH\n')[0]!.message.en).toMatch(/ENV `PATH` has no value/);
    expect(lint(rule, 'FROM alpine:3.20\nLABEL version\n')).toHaveLength(1);
    expect(lint(rule, 'FROM alpine:3.20\nONBUILD ENV PATH\n')).toHaveLength(1);
    for (const ok of ['ENV A=1', 'ENV A 1', 'ENV A=', 'ENV A="" B=2', 'LABEL maintainer "me"', 'ARG NAME']) {
      expect(lint(rule, `FROM alpine:3.20\n${ok}\n`), ok).toEqual([]);
    }
  });

  it('accepts the HEALTHCHECK forms the builder accepts', () => {
    for (const ok of [
      'HEALTHCHECK NONE',
      'HEALTHCHECK none',
      'HEALTHCHECK CMD curl -f http://localhost/ || exit 1',
      'HEALTHCHECK --interval=5s --timeout=3s --retries=3 \\\n  CMD /app/check.sh --quiet',
      'HEALTHCHECK --timeout=3s CMD ["foo"]',
      'HEALTHCHECK cmd a b',
    ]) {
      expect(lint(rule, `FROM alpine:3.20\n${ok}\n`), ok).toEqual([]);
    }
  });

  it('reports empty and binary input', () => {
    expect(lint(rule, '')[0]!.message.en).toMatch(/empty/);
    expect(lint(rule, '  \n# only a comment\n')[0]!.message.en).toMatch(/no instructions/);
    expect(lint(rule, 'FROM\u0000\u0001\u0002garbage')[0]!.message.en).toMatch(/binary/);
  });

  it('reports a file with no instructions, and not a file that has one', () => {
    const only = lint(rule, '# syntax=docker/dockerfile:1\n# a comment\n');
    expect(only).toHaveLength(1);
    expect(only[0]!.message.en).toMatch(/no instructions/);
    expect(lint(rule, '# a comment\nFROM alpine:3.20\n')).toEqual([]);
  });

  it('reports a template once instead of one finding per template line', () => {
    const template =
      '{{if eq .OS "windows"}}\n# escape=`\n{{end}}\nFROM {{.Image}}\n{{range .Pkgs}}\nRUN install {{.}}\n{{end}}\n';
    const found = lint(rule, template);
    expect(found).toHaveLength(1);
    expect(found[0]!.message.en).toMatch(/template/);
    expect(found[0]!.range.start.line).toBe(1);
    // `{{` inside an argument is not a template line.
    expect(lint(rule, 'FROM alpine:3.20\nRUN echo "{{ not a template }}"\n')).toEqual([]);
  });

  it('does not parse RUN of Windows images as POSIX shell', () => {
    const text =
      '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022 AS build\nRUN powershell -Command " `\n    $a = 1"\nFROM build\nRUN echo `"\n';
    expect(lint(rule, text)).toEqual([]);
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
