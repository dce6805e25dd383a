import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze.js';
import { lint } from '../testing/lint.js';
import { rule } from './dop022-base-not-pinned-by-digest.js';

const DIGEST = `sha256:${'c'.repeat(64)}`;

describe('DOP022 base-not-pinned-by-digest', () => {
  it('is off unless enabled', () => {
    expect(analyze('FROM python:3.12-slim\n').findings.filter((f) => f.ruleId === 'DOP022')).toEqual([]);
  });

  it('fires, when enabled, on every image FROM without a digest', () => {
    expect(lint(rule, 'FROM python:3.12-slim\n')).toHaveLength(1);
    expect(lint(rule, 'FROM golang:1.22 AS build\nFROM gcr.io/distroless/static-debian12\n')).toHaveLength(2);
    expect(lint(rule, 'ARG V=3.12\nFROM python:${V}\n')).toHaveLength(1);
  });

  it('does not fire on digests, scratch, stages or unresolved references', () => {
    expect(lint(rule, `FROM python:3.12-slim@${DIGEST}\n`)).toEqual([]);
    expect(lint(rule, `FROM python@${DIGEST}\n`)).toEqual([]);
    expect(lint(rule, `ARG D=${DIGEST}\nFROM python:3.12@\${D}\n`)).toEqual([]);
    expect(lint(rule, `FROM python@${DIGEST} AS base\nFROM base\n`)).toEqual([]);
    expect(lint(rule, 'FROM scratch\n')).toEqual([]);
    expect(lint(rule, 'ARG BASE\nFROM ${BASE}\n')).toEqual([]);
  });

  it('is silenced by our pragma', () => {
    expect(lint(rule, '# dop ignore=DOP022\nFROM python:3.12-slim\n')).toEqual([]);
  });
});
