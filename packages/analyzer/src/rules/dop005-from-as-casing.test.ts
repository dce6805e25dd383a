import { describe, expect, it } from 'vitest';
import { fixed, lint } from '../testing/lint.js';
import { rule } from './dop005-from-as-casing.js';

describe('DOP005 from-as-casing', () => {
  it('fires when AS and FROM are cased differently', () => {
    const hits = lint(rule, 'FROM node:22 as build\nRUN true\nfrom node:22 AS test\nFROM node:22 As final\n');
    expect(hits).toHaveLength(3);
    expect(hits[0]!.message.en).toBe('`as` does not match the casing of `FROM`: write `FROM … AS build`.');
    expect(hits[0]!.span).toEqual({ start: 13, end: 15 });
  });

  it('does not fire when the casing matches or there is no AS', () => {
    expect(lint(rule, 'FROM node:22 AS build\nfrom node:22 as test\nFROM node:22\n')).toEqual([]);
    expect(lint(rule, 'ARG BASE=node:22\nFROM --platform=$BUILDPLATFORM ${BASE} AS build\n')).toEqual([]);
    // A FROM with too few words is DOP001's business, not ours.
    expect(lint(rule, 'FROM node:22 as\n')).toEqual([]);
    expect(lint(rule, 'FROM\n')).toEqual([]);
  });

  it('fixes by recasing AS only', () => {
    expect(fixed(rule, 'FROM node:22 as build\n')).toBe('FROM node:22 AS build\n');
    expect(fixed(rule, 'from node:22 AS build\n')).toBe('from node:22 as build\n');
  });

  it('is silenced by check=skip, also just above the stage', () => {
    expect(lint(rule, '# check=skip=FromAsCasing\nFROM node:22 as build\n')).toEqual([]);
    expect(lint(rule, 'FROM node:22 AS a\n# check=skip=FromAsCasing\nFROM node:22 as b\n')).toEqual([]);
  });
});
