import { describe, expect, it } from 'vitest';
import { fixed, lint } from '../testing/lint.js';
import { rule } from './dop031-user-not-numeric.js';

describe('DOP031 user-not-numeric', () => {
  it('fires on a named final USER', () => {
    const f = lint(rule, 'FROM debian:12\nRUN useradd app\nUSER app');
    expect(f).toHaveLength(1);
    expect(f[0]!.message.en).toContain('USER app');
    expect(f[0]!.fix).toBeUndefined();
    expect(lint(rule, 'FROM debian:12\nUSER app:app')).toHaveLength(1);
    expect(lint(rule, 'FROM debian:12\nENV U=app\nUSER $U')).toHaveLength(1);
  });

  it('fixes with the uid the Dockerfile gave the user', () => {
    expect(fixed(rule, 'FROM debian:12\nRUN useradd -u 10001 -m app\nUSER app')).toBe(
      'FROM debian:12\nRUN useradd -u 10001 -m app\nUSER 10001',
    );
    expect(fixed(rule, 'FROM alpine:3.20\nRUN adduser -D -u 1234 app\nUSER app:app')).toBe(
      'FROM alpine:3.20\nRUN adduser -D -u 1234 app\nUSER 1234:app',
    );
    expect(fixed(rule, 'FROM debian:12\nRUN useradd --uid=2000 app\nUSER app')).toBe(
      'FROM debian:12\nRUN useradd --uid=2000 app\nUSER 2000',
    );
    const f = lint(rule, 'FROM debian:12\nRUN useradd -u 10001 app\nUSER app');
    expect(f[0]!.fix!.safety).toBe('review');
  });

  it('fixes with the uid of a user the base image ships', () => {
    expect(fixed(rule, 'FROM node:20\nUSER node')).toBe('FROM node:20\nUSER 1000');
    expect(fixed(rule, 'FROM gcr.io/distroless/static-debian12\nUSER nonroot')).toBe(
      'FROM gcr.io/distroless/static-debian12\nUSER 65532',
    );
    expect(fixed(rule, 'FROM debian:12\nUSER nobody')).toBe('FROM debian:12\nUSER 65534');
  });

  it('does not fire on numeric users, root, unresolved variables or build stages', () => {
    expect(lint(rule, 'FROM debian:12\nUSER 10001')).toEqual([]);
    expect(lint(rule, 'FROM debian:12\nUSER 10001:app')).toEqual([]);
    expect(lint(rule, 'FROM debian:12\nUSER root')).toEqual([]);
    expect(lint(rule, 'FROM debian:12\nARG UID\nUSER $UID')).toEqual([]);
    expect(lint(rule, 'FROM debian:12 AS build\nUSER app\nFROM debian:12\nUSER 10001')).toEqual([]);
    expect(lint(rule, 'FROM debian:12\nUSER app\nRUN make\nUSER 10001')).toEqual([]);
    expect(lint(rule, 'FROM debian:12\nUSER 10001\nONBUILD USER app')).toEqual([]);
    expect(
      lint(rule, '# escape=`\nFROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nUSER ContainerUser'),
    ).toEqual([]);
    expect(lint(rule, 'FROM debian:12\nUSER')).toEqual([]);
  });

  it('is silenced by the hadolint id', () => {
    expect(lint(rule, 'FROM debian:12\n# hadolint ignore=DL3066\nUSER app')).toEqual([]);
  });
});
