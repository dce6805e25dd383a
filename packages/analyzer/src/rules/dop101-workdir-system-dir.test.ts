import { describe, expect, it } from 'vitest';
import { asOnbuild, lint } from '../testing/lint.js';
import { rule } from './dop101-workdir-system-dir.js';

describe('DOP101 workdir-system-dir', () => {
  it('fires on kernel and boot directories and anything under them', () => {
    for (const dir of ['/proc', '/proc/app', '/sys/x', '/dev', '/boot/efi', '/lost+found']) {
      expect(lint(rule, `FROM alpine:3.20\nWORKDIR ${dir}\n`), dir).toHaveLength(1);
    }
    const hits = lint(rule, 'FROM alpine:3.20\nWORKDIR /proc/app\n');
    expect(hits[0]!.message.en).toBe(
      "`WORKDIR /proc/app` works in `/proc`: the runtime mounts a kernel filesystem there, hiding whatever the build writes. Use a directory of the application's own, e.g. /app.",
    );
  });

  it('fires on system binary and config directories themselves', () => {
    for (const dir of ['/usr/bin', '/bin', '/etc', '/usr', '/usr/bin/']) {
      expect(lint(rule, `FROM alpine:3.20\nWORKDIR ${dir}\n`), dir).toHaveLength(1);
    }
  });

  it('resolves variables and relative paths', () => {
    expect(lint(rule, 'FROM alpine:3.20\nARG D=/proc/x\nWORKDIR $D\n')).toHaveLength(1);
    expect(lint(rule, 'FROM alpine:3.20\nWORKDIR /usr\nWORKDIR bin\n')).toHaveLength(2);
    expect(lint(rule, 'FROM scratch\nWORKDIR etc\n')).toHaveLength(1);
  });

  it('does not fire on application directories beneath system ones, or on unknown values', () => {
    for (const dir of [
      '/',
      '/app',
      '/usr/src/app',
      '/usr/local/bin',
      '/etc/nginx',
      '/opt/x',
      '/devtools',
      '/home/app',
    ]) {
      expect(lint(rule, `FROM alpine:3.20\nWORKDIR ${dir}\n`), dir).toEqual([]);
    }
    expect(lint(rule, 'FROM alpine:3.20\nWORKDIR $HOME\n')).toEqual([]);
    expect(lint(rule, 'FROM node:22\nWORKDIR proc\n')).toEqual([]);
    expect(
      lint(rule, '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nWORKDIR C:\\etc\n'),
    ).toEqual([]);
  });

  it('fires under ONBUILD for absolute paths', () => {
    expect(lint(rule, asOnbuild('FROM alpine:3.20\nWORKDIR /dev/app\n'))).toHaveLength(1);
  });

  it('is silenced by its Trivy id', () => {
    expect(lint(rule, 'FROM alpine:3.20\n# dop ignore=DS-0030\nWORKDIR /proc/x\n')).toEqual([]);
  });
});
