import { describe, expect, it } from 'vitest';
import { lint } from '../testing/lint.js';
import { rule } from './dop112-required-label-missing.js';

const requiredLabels = {
  'org.opencontainers.image.source': 'url',
  'org.opencontainers.image.licenses': 'spdx',
} as const;

describe('DOP112 required-label-missing', () => {
  it('fires once per missing label, on the final stage', () => {
    const text = 'FROM golang:1.23 AS build\nLABEL org.opencontainers.image.source=x\nFROM alpine:3.20\n';
    const hits = lint(rule, text, { requiredLabels });
    expect(hits.map((h) => h.message.en)).toEqual([
      'The image has no label `org.opencontainers.image.source`, which the configuration requires.',
      'The image has no label `org.opencontainers.image.licenses`, which the configuration requires.',
    ]);
    expect(hits[0]!.span.start).toBe(text.indexOf('FROM alpine'));
  });

  it('counts labels inherited from the stage the final one builds on', () => {
    const text =
      'FROM alpine:3.20 AS base\nLABEL org.opencontainers.image.source=https://x.io/r\nFROM base\nLABEL org.opencontainers.image.licenses=MIT\n';
    expect(lint(rule, text, { requiredLabels })).toEqual([]);
  });

  it('does not count ONBUILD labels (they label child images)', () => {
    const text =
      'FROM alpine:3.20\nONBUILD LABEL org.opencontainers.image.source=x\nLABEL org.opencontainers.image.licenses=MIT\n';
    expect(lint(rule, text, { requiredLabels })).toHaveLength(1);
  });

  it('does nothing without required labels in the configuration, or without stages', () => {
    expect(lint(rule, 'FROM alpine:3.20\n')).toEqual([]);
    expect(lint(rule, 'ARG X=1\n', { requiredLabels })).toEqual([]);
  });

  it('is silenced by a hadolint pragma above FROM', () => {
    expect(lint(rule, '# hadolint ignore=DL3049\nFROM alpine:3.20\n', { requiredLabels })).toEqual([]);
  });
});
