import { describe, expect, it } from 'vitest';
import { fixed, lint } from '../testing/lint.js';
import { rule } from './dop024-undefined-arg-in-from.js';

describe('DOP024 undefined-arg-in-from', () => {
  it('fires on names not declared as global ARGs', () => {
    const f = lint(rule, 'FROM python:${PY}-slim\n');
    expect(f).toHaveLength(1);
    expect(f[0]!.message.en).toContain('`PY`');
    expect(lint(rule, 'FROM $BASE AS a\nFROM ${BASE}:${TAG}\n')).toHaveLength(3);
    // Declared inside a stage only: not visible to a later FROM.
    expect(lint(rule, 'FROM alpine:3.20\nARG TAG=3.20\nFROM alpine:${TAG}\n')).toHaveLength(1);
    // The --platform value is checked as well.
    const p = lint(rule, 'FROM --platform=$MY_PLATFORM alpine:3.20\n');
    expect(p).toHaveLength(1);
    expect(p[0]!.span).toEqual({ start: 16, end: 28 });
  });

  it('does not fire on declared ARGs, automatic platform args or defaults in the expression', () => {
    expect(lint(rule, 'ARG PY=3.12\nFROM python:${PY}-slim\n')).toEqual([]);
    expect(lint(rule, 'ARG PY\nFROM python:${PY}-slim\n')).toEqual([]); // DOP025's case
    expect(
      lint(
        rule,
        'FROM --platform=$BUILDPLATFORM golang:1.22\nFROM --platform=${TARGETPLATFORM} alpine:3.20\n',
      ),
    ).toEqual([]);
    expect(lint(rule, 'FROM alpine:3.20-${TARGETARCH}\n')).toEqual([]);
    expect(lint(rule, 'FROM python:${PY:-3.12}\n')).toEqual([]);
    expect(lint(rule, 'FROM alpine:3.20\n')).toEqual([]);
    expect(lint(rule, 'ARG X\n')).toEqual([]);
  });

  it('offers to declare the ARG before the first FROM', () => {
    expect(fixed(rule, '# syntax=docker/dockerfile:1\nFROM alpine:3.20 AS a\nFROM python:${PY}\n')).toBe(
      '# syntax=docker/dockerfile:1\nARG PY\nFROM alpine:3.20 AS a\nFROM python:${PY}\n',
    );
    expect(lint(rule, 'FROM python:${PY}\n')[0]!.fix!.safety).toBe('review');
  });

  it('is silenced by check=skip', () => {
    expect(lint(rule, '# check=skip=UndefinedArgInFrom\nFROM python:${PY}\n')).toEqual([]);
  });
});
