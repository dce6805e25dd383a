import { describe, expect, it } from 'vitest';
import { asOnbuild, fixed, lint } from '../testing/lint.js';
import { rule } from './dop100-relative-workdir.js';

describe('DOP100 relative-workdir', () => {
  it('fires on a relative WORKDIR after a known one, with a fix to the absolute path', () => {
    const text = 'FROM alpine:3.20\nWORKDIR /srv\nWORKDIR app\n';
    const hits = lint(rule, text);
    expect(hits).toHaveLength(1);
    expect(hits[0]!.message.en).toBe('`WORKDIR app` is relative; it resolves to `/srv/app`: write that.');
    expect(hits[0]!.span).toEqual({ start: text.indexOf('app\n'), end: text.indexOf('app\n') + 3 });
    expect(fixed(rule, text)).toBe('FROM alpine:3.20\nWORKDIR /srv\nWORKDIR /srv/app\n');
    expect(fixed(rule, 'FROM alpine:3.20\nWORKDIR /srv/a\nWORKDIR ../b\n')).toBe(
      'FROM alpine:3.20\nWORKDIR /srv/a\nWORKDIR /srv/b\n',
    );
  });

  it('knows that scratch starts in / and that a stage inherits the WORKDIR of its parent stage', () => {
    expect(fixed(rule, 'FROM scratch\nWORKDIR app\n')).toBe('FROM scratch\nWORKDIR /app\n');
    expect(fixed(rule, 'FROM alpine:3.20 AS base\nWORKDIR /opt\nFROM base\nWORKDIR tool\n')).toBe(
      'FROM alpine:3.20 AS base\nWORKDIR /opt\nFROM base\nWORKDIR /opt/tool\n',
    );
  });

  it('fires without a fix when the starting directory comes from the base image', () => {
    const hits = lint(rule, 'FROM node:22\nWORKDIR app\nWORKDIR src\n');
    expect(hits).toHaveLength(2);
    expect(hits.every((h) => h.fix === undefined)).toBe(true);
    expect(hits[0]!.message.en).toContain('does not set');
    // A variable that resolves to a relative path is relative too.
    expect(lint(rule, 'FROM node:22\nARG DIR=app\nWORKDIR $DIR\n')).toHaveLength(1);
  });

  it('does not fire on absolute paths, variables that resolve to one, unknown variables, Windows paths', () => {
    expect(lint(rule, 'FROM alpine:3.20\nWORKDIR /app\nWORKDIR "/my app"\n')).toEqual([]);
    expect(lint(rule, 'FROM alpine:3.20\nARG DIR=/srv/app\nWORKDIR ${DIR}\n')).toEqual([]);
    expect(lint(rule, 'ARG DIR=/srv/app\nFROM alpine:3.20\nARG DIR\nWORKDIR $DIR/src\n')).toEqual([]);
    expect(lint(rule, 'FROM alpine:3.20\nENV HOME_DIR=/home/app\nWORKDIR $HOME_DIR\n')).toEqual([]);
    expect(lint(rule, 'FROM alpine:3.20\nWORKDIR $HOME/app\n')).toEqual([]);
    expect(
      lint(rule, '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nWORKDIR C:\\app\n'),
    ).toEqual([]);
    expect(lint(rule, 'FROM alpine:3.20\nWORKDIR\n')).toEqual([]);
  });

  it('fires under ONBUILD, without a fix (the child image decides the directory)', () => {
    const hits = lint(rule, asOnbuild('FROM alpine:3.20\nWORKDIR /srv\nWORKDIR app\n'));
    expect(hits).toHaveLength(1);
    expect(hits[0]!.fix).toBeUndefined();
  });

  it('is silenced by hadolint and BuildKit pragmas', () => {
    expect(lint(rule, 'FROM node:22\n# hadolint ignore=DL3000\nWORKDIR app\n')).toEqual([]);
    expect(lint(rule, '# check=skip=WorkdirRelativePath\nFROM node:22\nWORKDIR app\n')).toEqual([]);
  });
});
