import { describe, expect, it } from 'vitest';
import { fixed, lint } from '../testing/lint.js';
import { rule } from './dop041-shell-cmd-with-exec-entrypoint.js';

const EP = 'FROM python:3.12-slim\nENTRYPOINT ["python", "-m", "http.server"]\n';

describe('DOP041 shell-cmd-with-exec-entrypoint', () => {
  it('fires on a shell-form CMD with an exec-form ENTRYPOINT', () => {
    expect(lint(rule, `${EP}CMD 8000`)).toHaveLength(1);
    // CMD before the ENTRYPOINT in the same stage stays in effect.
    expect(lint(rule, 'FROM alpine:3.20\nCMD --verbose\nENTRYPOINT ["/app"]')).toHaveLength(1);
    // ENTRYPOINT inherited from the parent stage.
    expect(
      lint(rule, 'FROM alpine:3.20 AS base\nENTRYPOINT ["/app"]\nFROM base\nCMD --port 80'),
    ).toHaveLength(1);
  });

  it('does not fire in the other combinations', () => {
    expect(lint(rule, `${EP}CMD ["8000"]`)).toEqual([]);
    expect(lint(rule, 'FROM alpine:3.20\nENTRYPOINT /app\nCMD --x')).toEqual([]);
    expect(lint(rule, 'FROM alpine:3.20\nCMD node a.js')).toEqual([]);
    expect(lint(rule, `${EP}CMD`)).toEqual([]);
    // The final ENTRYPOINT in shell form overrides an earlier exec-form one.
    expect(lint(rule, 'FROM alpine:3.20\nENTRYPOINT ["/a"]\nENTRYPOINT /b\nCMD x')).toEqual([]);
    // A CMD from the parent stage is reset by the child's ENTRYPOINT.
    expect(lint(rule, 'FROM alpine:3.20 AS base\nCMD x y\nFROM base\nENTRYPOINT ["/app"]')).toEqual([]);
    // An unrelated stage's ENTRYPOINT does not count.
    expect(lint(rule, 'FROM alpine:3.20 AS a\nENTRYPOINT ["/app"]\nFROM alpine:3.20\nCMD x')).toEqual([]);
  });

  it('does not fire when the ENTRYPOINT runs its arguments as a command', () => {
    for (const ep of [
      '["tini", "--"]',
      '["/sbin/tini", "--"]',
      '["dumb-init"]',
      '["docker-entrypoint.sh"]',
      '["/usr/local/bin/entrypoint.sh"]',
    ]) {
      expect(lint(rule, `FROM node:22-slim\nENTRYPOINT ${ep}\nCMD node server.js`), ep).toEqual([]);
    }
  });

  it('offers a review fix to exec form for plain arguments only', () => {
    expect(fixed(rule, `${EP}CMD 8000 --bind 0.0.0.0`)).toBe(`${EP}CMD ["8000", "--bind", "0.0.0.0"]`);
    expect(lint(rule, `${EP}CMD 8000`)[0]?.fix?.safety).toBe('review');
    expect(lint(rule, `${EP}CMD $PORT`)[0]?.fix).toBeUndefined();
  });

  it('is silenced by our pragma', () => {
    expect(lint(rule, `${EP}# dop ignore=DOP041\nCMD 8000`)).toEqual([]);
  });
});
