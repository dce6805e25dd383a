import { describe, expect, it } from 'vitest';
import { lint } from '../testing/lint.js';
import { rule } from './dop026-constant-platform-flag.js';

describe('DOP026 constant-platform-flag', () => {
  it('fires on a constant platform, on the flag', () => {
    const f = lint(rule, 'FROM --platform=linux/amd64 alpine:3.20\n');
    expect(f).toHaveLength(1);
    expect(f[0]!.span).toEqual({ start: 5, end: 27 });
    expect(f[0]!.message.en).toContain('`--platform=linux/amd64`');
    expect(
      lint(rule, 'FROM --platform=linux/arm64/v8 golang:1.22 AS b\nFROM --PLATFORM=linux/amd64 b\n'),
    ).toHaveLength(2);
  });

  it('does not fire on variables or without the flag', () => {
    expect(lint(rule, 'FROM --platform=$BUILDPLATFORM golang:1.22\n')).toEqual([]);
    expect(lint(rule, 'FROM --platform=${TARGETPLATFORM} alpine:3.20\n')).toEqual([]);
    expect(lint(rule, 'ARG P=linux/amd64\nFROM --platform=$P alpine:3.20\n')).toEqual([]);
    expect(lint(rule, 'FROM alpine:3.20\n')).toEqual([]);
    expect(lint(rule, 'FROM --platform= alpine:3.20\n')).toEqual([]);
  });

  it('is silenced by hadolint and check=skip pragmas', () => {
    expect(lint(rule, '# hadolint ignore=DL3029\nFROM --platform=linux/amd64 alpine:3.20\n')).toEqual([]);
    expect(
      lint(rule, '# check=skip=FromPlatformFlagConstDisallowed\nFROM --platform=linux/amd64 alpine:3.20\n'),
    ).toEqual([]);
  });
});

describe('DOP026 per-platform stages', () => {
  it('does not report a stage named for its constant platform', () => {
    expect(lint(rule, 'FROM --platform=linux/amd64 alpine:3.20 AS build_amd64\n')).toEqual([]);
    expect(lint(rule, 'FROM --platform=linux/arm64 alpine:3.20 AS build_amd64\n')).toHaveLength(1);
    expect(lint(rule, 'FROM --platform=linux/amd64 alpine:3.20 AS build\n')).toHaveLength(1);
  });
});
