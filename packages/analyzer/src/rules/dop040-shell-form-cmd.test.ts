import { describe, expect, it } from 'vitest';
import { asOnbuild, fixed, lint } from '../testing/lint.js';
import { rule } from './dop040-shell-form-cmd.js';

describe('DOP040 shell-form-cmd', () => {
  it('fires on shell-form CMD and ENTRYPOINT', () => {
    expect(lint(rule, 'FROM alpine:3.20\nCMD node server.js')).toHaveLength(1);
    expect(lint(rule, 'FROM alpine:3.20\nENTRYPOINT /app/run --port 80')).toHaveLength(1);
    expect(lint(rule, 'FROM alpine:3.20\nCMD a && b\nENTRYPOINT x')).toHaveLength(2);
    expect(lint(rule, 'FROM alpine:3.20\nCMD nginx -g "daemon off;"')).toHaveLength(1);
    expect(lint(rule, asOnbuild('FROM alpine:3.20\nCMD node server.js'))).toHaveLength(1);
  });

  it('does not fire on exec form, broken JSON, empty CMD or after an explicit SHELL', () => {
    expect(lint(rule, 'FROM alpine:3.20\nCMD ["node", "server.js"]')).toEqual([]);
    expect(lint(rule, 'FROM alpine:3.20\nENTRYPOINT ["sh", "-c", "exec node $APP"]')).toEqual([]);
    expect(lint(rule, "FROM alpine:3.20\nCMD ['node', 'server.js']")).toEqual([]);
    expect(lint(rule, 'FROM alpine:3.20\nCMD')).toEqual([]);
    expect(lint(rule, 'FROM alpine:3.20\nSHELL ["/bin/bash", "-c"]\nCMD node server.js')).toEqual([]);
    // SHELL set in the stage this one builds on counts too.
    expect(
      lint(rule, 'FROM alpine:3.20 AS base\nSHELL ["/bin/ash", "-c"]\nFROM base\nCMD node server.js'),
    ).toEqual([]);
    // ...but not a SHELL set in an unrelated stage.
    expect(
      lint(rule, 'FROM alpine:3.20 AS a\nSHELL ["/bin/ash", "-c"]\nFROM alpine:3.20\nCMD node server.js'),
    ).toHaveLength(1);
  });

  it('converts plain commands to exec form', () => {
    expect(fixed(rule, 'FROM alpine:3.20\nCMD node server.js')).toBe(
      'FROM alpine:3.20\nCMD ["node", "server.js"]',
    );
    expect(fixed(rule, 'FROM alpine:3.20\nCMD nginx -g "daemon off;"\n')).toBe(
      'FROM alpine:3.20\nCMD ["nginx", "-g", "daemon off;"]\n',
    );
    // `exec prog` already replaces the shell: still reported (as hadolint and BuildKit do), no fix.
    const viaExec = lint(rule, 'FROM alpine:3.20\nCMD exec gunicorn app:app');
    expect(viaExec).toHaveLength(1);
    expect(viaExec[0]?.fix).toBeUndefined();
    expect(fixed(rule, "FROM alpine:3.20\nCMD python -c 'print(1)' \\\n  --x\n")).toBe(
      'FROM alpine:3.20\nCMD ["python", "-c", "print(1)", "--x"]\n',
    );
    expect(fixed(rule, 'FROM alpine:3.20\nCMD C:\\\\app\\\\x.exe')).toBe(
      'FROM alpine:3.20\nCMD ["C:\\\\app\\\\x.exe"]',
    );
  });

  it('marks the ENTRYPOINT conversion for review (exec form appends CMD and run arguments)', () => {
    const [f] = lint(rule, 'FROM alpine:3.20\nENTRYPOINT /app/run --port 80');
    expect(f?.fix?.safety).toBe('review');
    expect(f?.fix?.edits[0]?.text).toBe('["/app/run", "--port", "80"]');
    expect(lint(rule, 'FROM alpine:3.20\nCMD node a.js')[0]?.fix?.safety).toBe('safe');
  });

  it('offers no fix when shell syntax is involved', () => {
    for (const cmd of [
      'node $APP',
      'node "${APP}"',
      'a && b',
      'a | b',
      'a > /log',
      'FOO=1 node a.js',
      'node *.js',
      'node ~/a.js',
      'node a.js # comment',
      'node a.js &',
      'if true; then x; fi',
      'node `cat f`',
    ]) {
      const found = lint(rule, `FROM alpine:3.20\nCMD ${cmd}`);
      expect(found, cmd).toHaveLength(1);
      expect(found[0]?.fix, cmd).toBeUndefined();
    }
    // Quoted glob characters are literal: still a plain argv.
    expect(lint(rule, 'FROM alpine:3.20\nCMD find / -name "*.log"')[0]?.fix?.edits[0]?.text).toBe(
      '["find", "/", "-name", "*.log"]',
    );
  });

  it('does not throw on Windows files and gives no fix there', () => {
    const found = lint(
      rule,
      '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nCMD C:\\app\\run.exe',
    );
    expect(found).toHaveLength(1);
    expect(found[0]?.fix).toBeUndefined();
  });

  it('is silenced by hadolint and BuildKit pragmas', () => {
    expect(lint(rule, 'FROM alpine:3.20\n# hadolint ignore=DL3025\nCMD node server.js')).toEqual([]);
    expect(lint(rule, '# check=skip=JSONArgsRecommended\nFROM alpine:3.20\nCMD node server.js')).toEqual([]);
  });
});
