import { describe, expect, it } from 'vitest';
import { fixed, lint } from '../testing/lint.js';
import { rule } from './dop027-redundant-target-platform.js';

describe('DOP027 redundant-target-platform', () => {
  it('fires on --platform=$TARGETPLATFORM in both spellings', () => {
    expect(lint(rule, 'FROM --platform=$TARGETPLATFORM alpine:3.20\n')).toHaveLength(1);
    expect(
      lint(rule, 'FROM --platform=${TARGETPLATFORM} alpine:3.20 AS a\nFROM --platform=$TARGETPLATFORM a\n'),
    ).toHaveLength(2);
  });

  it('does not fire on other values', () => {
    expect(lint(rule, 'FROM --platform=$BUILDPLATFORM golang:1.22\n')).toEqual([]);
    expect(lint(rule, 'FROM --platform=linux/amd64 alpine:3.20\n')).toEqual([]);
    expect(lint(rule, 'FROM --platform=$TARGETOS/$TARGETARCH alpine:3.20\n')).toEqual([]);
    expect(lint(rule, 'FROM --platform=${TARGETPLATFORM:-linux/amd64} alpine:3.20\n')).toEqual([]);
    expect(lint(rule, 'FROM alpine:3.20\n')).toEqual([]);
  });

  it('removes the flag', () => {
    expect(fixed(rule, 'FROM --platform=$TARGETPLATFORM alpine:3.20 AS base\nRUN true\n')).toBe(
      'FROM alpine:3.20 AS base\nRUN true\n',
    );
    expect(fixed(rule, 'FROM --platform=${TARGETPLATFORM} \\\n  alpine:3.20\n')).toBe(
      'FROM \\\n  alpine:3.20\n',
    );
    expect(
      fixed(
        rule,
        '# escape=`\nFROM --platform=$TARGETPLATFORM mcr.microsoft.com/windows/nanoserver:ltsc2022\n',
      ),
    ).toBe('# escape=`\nFROM mcr.microsoft.com/windows/nanoserver:ltsc2022\n');
  });

  it('is silenced by check=skip and hadolint pragmas', () => {
    expect(
      lint(rule, '# check=skip=RedundantTargetPlatform\nFROM --platform=$TARGETPLATFORM alpine:3.20\n'),
    ).toEqual([]);
    expect(lint(rule, '# hadolint ignore=DL3065\nFROM --platform=$TARGETPLATFORM alpine:3.20\n')).toEqual([]);
  });
});
