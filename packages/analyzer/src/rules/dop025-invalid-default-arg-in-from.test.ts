import { describe, expect, it } from 'vitest';
import { lint } from '../testing/lint.js';
import { rule } from './dop025-invalid-default-arg-in-from.js';

describe('DOP025 invalid-default-arg-in-from', () => {
  it('fires when the defaults leave an empty or malformed reference', () => {
    const f = lint(rule, 'ARG TAG\nFROM alpine:${TAG}\n');
    expect(f).toHaveLength(1);
    expect(f[0]!.message.en).toContain('becomes `alpine:`');
    expect(f[0]!.message.en).toContain('ARG TAG=<default>');
    expect(lint(rule, 'ARG IMAGE\nFROM ${IMAGE}\n')).toHaveLength(1);
    expect(lint(rule, 'ARG IMAGE=""\nFROM $IMAGE AS base\n')).toHaveLength(1);
    expect(lint(rule, 'ARG REPO=Python\nFROM ${REPO}:3.12\n')).toHaveLength(1);
    expect(lint(rule, 'ARG REG\nFROM ${REG}/app:1\n')).toHaveLength(1);
  });

  it('does not fire on valid defaults, stages, scratch, empty optional parts or undeclared names', () => {
    expect(lint(rule, 'ARG TAG=3.20\nFROM alpine:${TAG}\n')).toEqual([]);
    expect(lint(rule, 'ARG SUFFIX\nFROM alpine:3.20${SUFFIX}\n')).toEqual([]);
    expect(lint(rule, 'ARG TAG\nFROM alpine:${TAG:-3.20}\n')).toEqual([]);
    expect(lint(rule, 'ARG BASE=build\nFROM alpine:3.20 AS build\nFROM ${BASE}\n')).toEqual([]);
    expect(lint(rule, 'ARG BASE=scratch\nFROM ${BASE}\n')).toEqual([]);
    expect(lint(rule, 'FROM alpine:3.20-${TARGETARCH}\n')).toEqual([]);
    expect(lint(rule, 'FROM alpine:${UNDECLARED}\n')).toEqual([]); // DOP024's case
    expect(lint(rule, 'FROM alpine:3.20\n')).toEqual([]);
    expect(lint(rule, `ARG D=sha256:${'e'.repeat(64)}\nFROM alpine@\${D}\n`)).toEqual([]);
  });

  it('is silenced by check=skip', () => {
    expect(lint(rule, '# check=skip=InvalidDefaultArgInFrom\nARG TAG\nFROM alpine:${TAG}\n')).toEqual([]);
  });
});
