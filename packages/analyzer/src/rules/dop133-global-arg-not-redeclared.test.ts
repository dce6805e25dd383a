import { describe, expect, it } from 'vitest';
import { fixed, lint } from '../testing/lint.js';
import { rule } from './dop133-global-arg-not-redeclared.js';

describe('DOP133 global-arg-not-redeclared', () => {
  it('fires when a stage uses a global ARG it does not declare', () => {
    expect(lint(rule, 'ARG V=1\nFROM alpine:3.20\nRUN echo $V')).toHaveLength(1);
    expect(lint(rule, 'ARG V=1\nFROM alpine:3.20\nRUN echo "${V}"')).toHaveLength(1);
    expect(lint(rule, 'ARG V=1\nFROM alpine:3.20\nLABEL version=$V')).toHaveLength(1);
    expect(lint(rule, 'ARG DIR=/app\nFROM alpine:3.20\nWORKDIR $DIR')).toHaveLength(1);
    expect(lint(rule, 'ARG V=1\nFROM alpine:3.20\nRUN sh -c "echo $V"')).toHaveLength(1);
    expect(lint(rule, 'ARG V=1\nFROM alpine:3.20\nRUN <<EOF\necho $V\nEOF')).toHaveLength(1);
    // Declared only after the use.
    expect(lint(rule, 'ARG V=1\nFROM alpine:3.20\nRUN echo $V\nARG V')).toHaveLength(1);
    // One finding per stage and name; each stage needs its own ARG.
    expect(lint(rule, 'ARG V=1\nFROM alpine:3.20 AS a\nRUN echo $V && echo $V\nRUN echo $V')).toHaveLength(1);
    expect(
      lint(rule, 'ARG V=1\nFROM alpine:3.20 AS a\nARG V\nRUN echo $V\nFROM alpine:3.20\nRUN echo $V'),
    ).toHaveLength(1);
    const f = lint(rule, 'ARG VERSION=1\nFROM alpine:3.20 AS build\nRUN echo $VERSION');
    expect(f[0]!.message.en).toContain('stage `build`');
    expect(
      'ARG VERSION=1\nFROM alpine:3.20 AS build\nRUN echo $VERSION'.slice(f[0]!.span.start, f[0]!.span.end),
    ).toBe('$VERSION');
  });

  it('does not fire when the stage has the name', () => {
    for (const text of [
      'ARG V=1\nFROM alpine:3.20\nARG V\nRUN echo $V',
      'ARG V=1\nFROM alpine:3.20\nENV V=2\nRUN echo $V',
      'ARG V=1\nFROM alpine:3.20 AS base\nARG V\nENV V=$V\nFROM base\nRUN echo $V',
      'ARG V=1\nFROM alpine:3.20:${V}\nRUN echo hi',
      "ARG V=1\nFROM alpine:3.20\nRUN echo '$V'",
      'ARG V=1\nFROM alpine:3.20\nRUN V=2 && echo $V',
      'ARG V=1\nFROM alpine:3.20\nRUN for V in a b; do echo $V; done',
      'ARG V=1\nFROM alpine:3.20\nRUN echo ${V:-default}',
      'ARG V=1\nFROM alpine:3.20\nRUN ["echo", "$V"]',
      'ARG V=1\nFROM alpine:3.20\nCMD echo $V',
      'ARG V=1\nFROM alpine:3.20\nONBUILD RUN echo $V',
      // The base image sets it itself.
      'ARG PYTHON_VERSION=3.12\nFROM python:${PYTHON_VERSION}-slim\nRUN echo $PYTHON_VERSION',
      'ARG W=1\nFROM alpine:3.20\nRUN echo $V',
      'ARG NGINX_VERSION=1.27\nFROM nginx:${NGINX_VERSION}\nRUN echo $NGINX_VERSION',
      'ARG REDIS_VERSION=7\nFROM redis:${REDIS_VERSION}\nRUN echo $REDIS_VERSION',
    ]) {
      expect(lint(rule, text), text).toEqual([]);
    }
  });

  it('fixes by declaring the ARG after the FROM', () => {
    expect(fixed(rule, 'ARG V=1\nFROM alpine:3.20\nRUN echo $V')).toBe(
      'ARG V=1\nFROM alpine:3.20\nARG V\nRUN echo $V',
    );
    expect(fixed(rule, 'ARG V=1\nFROM alpine:3.20 AS a\nRUN echo ok\nFROM a\nWORKDIR /$V')).toBe(
      'ARG V=1\nFROM alpine:3.20 AS a\nRUN echo ok\nFROM a\nARG V\nWORKDIR /$V',
    );
  });

  it('is silenced by its own id and does not throw on odd input', () => {
    expect(lint(rule, 'ARG V=1\nFROM alpine:3.20\n# dop ignore=DOP133\nRUN echo $V')).toEqual([]);
    expect(lint(rule, 'ARG V=1\n')).toEqual([]);
    expect(
      lint(rule, '# escape=`\nARG V=1\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN echo %V%'),
    ).toEqual([]);
  });
});
