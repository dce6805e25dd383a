import { describe, expect, it } from 'vitest';
import { lint } from '../testing/lint.js';
import { rule } from './dop093-relative-copy-without-workdir.js';

describe('DOP093 relative-copy-without-workdir', () => {
  it('fires on relative destinations with no WORKDIR before', () => {
    expect(lint(rule, 'FROM node:22\nCOPY . .')).toHaveLength(1);
    expect(lint(rule, 'FROM node:22\nADD app.py app/')).toHaveLength(1);
    expect(lint(rule, 'FROM node:22\nCOPY ["a b", "dest/"]')).toHaveLength(1);
    expect(lint(rule, 'FROM node:22\nCOPY a ./\nWORKDIR /app\nCOPY b ./')).toHaveLength(1);
    // A WORKDIR in another, unrelated stage does not count.
    expect(lint(rule, 'FROM node:22 AS a\nWORKDIR /app\nFROM node:22\nCOPY a ./')).toHaveLength(1);
    expect(lint(rule, 'FROM node:22\nCOPY --from=build /out dist')[0]?.message.en).toContain('`dist`');
  });

  it('does not fire with a WORKDIR, an absolute or a variable destination', () => {
    expect(lint(rule, 'FROM node:22\nWORKDIR /app\nCOPY . .')).toEqual([]);
    expect(lint(rule, 'FROM node:22 AS base\nWORKDIR /app\nFROM base\nCOPY . .')).toEqual([]);
    expect(lint(rule, 'FROM node:22\nCOPY . /app/')).toEqual([]);
    expect(lint(rule, 'FROM node:22\nCOPY . "/app"')).toEqual([]);
    expect(lint(rule, 'FROM node:22\nARG DEST=/app\nCOPY . $DEST')).toEqual([]);
    expect(lint(rule, 'FROM node:22\nCOPY <<EOF /etc/x.conf\nhello\nEOF\n')).toEqual([]);
    expect(lint(rule, 'FROM node:22\nCOPY')).toEqual([]);
    // Windows paths.
    expect(
      lint(rule, '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nCOPY app C:\\app'),
    ).toEqual([]);
    // ONBUILD triggers run in a child image with its own WORKDIR.
    expect(lint(rule, 'FROM node:22\nONBUILD COPY . .')).toEqual([]);
  });

  it('is silenced by hadolint DL3045', () => {
    expect(lint(rule, 'FROM node:22\n# hadolint ignore=DL3045\nCOPY . .')).toEqual([]);
  });
});
