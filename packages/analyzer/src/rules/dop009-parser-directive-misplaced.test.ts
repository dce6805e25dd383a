import { describe, expect, it } from 'vitest';
import { lint } from '../testing/lint.js';
import { rule } from './dop009-parser-directive-misplaced.js';

describe('DOP009 parser-directive-misplaced', () => {
  it('fires on a directive after a comment, a blank line or an instruction', () => {
    const hits = lint(rule, '# Build\n# syntax=docker/dockerfile:1\nFROM alpine:3.20\n');
    expect(hits).toHaveLength(1);
    expect(hits[0]!.message.en).toBe(
      '`# syntax=` is after a comment or blank line, so it is only a comment: the build uses the builder’s built-in Dockerfile frontend instead of the one named here. Move it to the first line.',
    );
    expect(hits[0]!.span).toEqual({ start: 8, end: 36 });
    expect(lint(rule, '\n# escape=`\nFROM alpine:3.20\n')).toHaveLength(1);
    const late = lint(rule, 'FROM alpine:3.20\n# ESCAPE = `\nRUN true\n');
    expect(late).toHaveLength(1);
    expect(late[0]!.message.en).toContain('after the first instruction');
  });

  it('fires on a directive after an unknown one, which ends the directive block', () => {
    const hits = lint(rule, '# foo=bar\n# escape=`\nFROM alpine:3.20\n');
    expect(hits).toHaveLength(1);
    expect(hits[0]!.message.en).toContain('after a comment that is not a directive');
  });

  it('fires on a directive given twice', () => {
    const hits = lint(
      rule,
      '# syntax=docker/dockerfile:1\n# SYNTAX=docker/dockerfile:1.7\nFROM alpine:3.20\n',
    );
    expect(hits).toHaveLength(1);
    expect(hits[0]!.message.en).toContain('only one syntax parser directive can be used');
  });

  it('does not fire on directives at the top, check comments, or lookalikes', () => {
    expect(
      lint(rule, '# syntax=docker/dockerfile:1\n# escape=`\n# check=skip=all\nFROM alpine:3.20\nRUN dir\n'),
    ).toEqual([]);
    expect(lint(rule, '  # syntax = docker/dockerfile:1\nFROM alpine:3.20\n')).toEqual([]);
    // A `# check=skip=` above an instruction is a per-instruction skip today, not a misplaced directive.
    expect(lint(rule, 'FROM alpine:3.20\n# check=skip=JSONArgsRecommended\nCMD node app.js\n')).toEqual([]);
    expect(lint(rule, 'FROM alpine:3.20\n# the syntax is simple\n# escape hatch: none\nRUN true\n')).toEqual(
      [],
    );
    expect(lint(rule, '')).toEqual([]);
  });

  it('is silenced by a global pragma of ours (the finding sits on a comment, not an instruction)', () => {
    expect(
      lint(rule, '# dop global ignore=DOP009\n# syntax=docker/dockerfile:1\nFROM alpine:3.20\n'),
    ).toEqual([]);
    expect(
      lint(rule, 'FROM alpine:3.20\n# syntax=docker/dockerfile:1\n', { disabledRules: ['DOP009'] }),
    ).toEqual([]);
  });
});
