import { describe, expect, it } from 'vitest';
import { fixed, lint } from '../testing/lint.js';
import { rule } from './dop004-instruction-casing.js';

describe('DOP004 instruction-casing', () => {
  it('reports the keywords that differ from the majority', () => {
    const hits = lint(rule, 'FROM alpine:3.20\nrun echo a\nRUN echo b\nCmd ["sh"]\n');
    expect(hits.map((h) => h.message.en)).toEqual([
      '`run` should be `RUN`: most instructions in this file are uppercase.',
      '`Cmd` should be `CMD`: most instructions in this file are uppercase.',
    ]);
    expect(lint(rule, 'from alpine:3.20\nrun echo a\nRUN echo b\n')).toHaveLength(1);
  });

  it('breaks a tie towards uppercase and looks inside ONBUILD', () => {
    expect(lint(rule, 'from alpine:3.20\nRUN echo a\n').map((h) => h.message.en)).toEqual([
      '`from` should be `FROM`: most instructions in this file are uppercase.',
    ]);
    expect(lint(rule, 'FROM alpine:3.20\nONBUILD run echo a\n')).toHaveLength(1);
  });

  it('does not fire on a consistent file, whatever the case', () => {
    expect(lint(rule, 'FROM alpine:3.20\nRUN echo a\nCMD ["sh"]\n')).toEqual([]);
    expect(lint(rule, 'from alpine:3.20\nrun echo a\ncmd ["sh"]\n')).toEqual([]);
    expect(lint(rule, 'FROM alpine:3.20 as build\nRUN echo a\n')).toEqual([]);
    // Unknown keywords are DOP001's; words inside RUN are not keywords.
    expect(lint(rule, 'FROM alpine:3.20\nfrob x\nRUN echo run from\n')).toEqual([]);
    expect(lint(rule, '')).toEqual([]);
  });

  it('fixes by recasing the keyword only', () => {
    expect(fixed(rule, 'FROM alpine:3.20\nrun echo run\nRUN echo b\n')).toBe(
      'FROM alpine:3.20\nRUN echo run\nRUN echo b\n',
    );
    expect(fixed(rule, 'from alpine:3.20\nrun echo a\nWorkdir /app\n')).toBe(
      'from alpine:3.20\nrun echo a\nworkdir /app\n',
    );
  });

  it('is silenced by check=skip', () => {
    expect(lint(rule, '# check=skip=ConsistentInstructionCasing\nFROM alpine:3.20\nrun echo a\n')).toEqual(
      [],
    );
  });
});
