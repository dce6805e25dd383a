import { describe, expect, it } from 'vitest';
import { lint } from '../testing/lint.js';
import { rule } from './dop118-invalid-definition-description.js';

describe('DOP118 invalid-definition-description', () => {
  it('fires on a comment right above a named stage or ARG that does not start with the name', () => {
    const text =
      '# compiles it\nFROM golang:1.23 AS build\n# the version\nARG VERSION=dev\n# keys\nARG A=1 B=2\n';
    const hits = lint(rule, text);
    expect(hits.map((h) => h.message.en)).toEqual([
      'A comment right above stage `build` is read as its description; write `# build <description>`, or leave an empty line after a comment that is not one.',
      'A comment right above ARG is read as its description; write `# VERSION <description>`, or leave an empty line after a comment that is not one.',
      'A comment right above ARG is read as its description; write `# <arg_key> <description>`, or leave an empty line after a comment that is not one.',
    ]);
    expect(hits[0]!.span.start).toBe(text.indexOf('FROM'));
  });

  it('uses the last line of a comment block', () => {
    expect(lint(rule, '# build compiles it\n# and more\nFROM golang:1.23 AS build\n')).toHaveLength(1);
    expect(lint(rule, '# some notes\n# build compiles it\nFROM golang:1.23 AS build\n')).toEqual([]);
  });

  it('does not fire on descriptions, separated comments, unnamed stages, pragmas and directives', () => {
    expect(
      lint(rule, '# build compiles it\nFROM golang:1.23 AS build\n# B the second\nARG A=1 B=2\n'),
    ).toEqual([]);
    expect(lint(rule, '# notes\n\nFROM golang:1.23 AS build\n')).toEqual([]);
    expect(lint(rule, '# notes\nFROM golang:1.23\nRUN true\n# notes\nENV A=1\n')).toEqual([]);
    expect(lint(rule, 'FROM alpine:3.20\n# hadolint ignore=DL3006\nFROM alpine AS b\n')).toEqual([]);
    expect(lint(rule, '# syntax=docker/dockerfile:1\nARG X=1\nFROM alpine:3.20\n')).toEqual([]);
    expect(lint(rule, '# check=skip=StageNameCasing\nFROM alpine:3.20 AS b\n')).toEqual([]);
  });

  it('is silenced by check=skip', () => {
    expect(
      lint(rule, 'FROM alpine:3.20\n# check=skip=InvalidDefinitionDescription\n# notes\nARG X=1\n'),
    ).toEqual([]);
    expect(
      lint(rule, '# check=skip=InvalidDefinitionDescription\nFROM alpine:3.20\n# notes\nARG X=1\n'),
    ).toEqual([]);
  });
});
