import { describe, expect, it } from 'vitest';
import { asOnbuild, lint } from '../testing/lint.js';
import { rule } from './dop123-expose-ssh.js';

describe('DOP123 expose-ssh', () => {
  it('fires on 22 in any form', () => {
    const hits = lint(rule, 'FROM ubuntu:24.04\nEXPOSE 22 22/tcp 2222:22 20-25 80\n');
    expect(hits.map((h) => h.message.en)).toEqual([
      '`EXPOSE 22` exposes the SSH port 22; use `docker exec` instead of an SSH server.',
      '`EXPOSE 22/tcp` exposes the SSH port 22; use `docker exec` instead of an SSH server.',
      '`EXPOSE 2222:22` exposes the SSH port 22; use `docker exec` instead of an SSH server.',
      '`EXPOSE 20-25` exposes the SSH port 22; use `docker exec` instead of an SSH server.',
    ]);
    expect(lint(rule, 'FROM ubuntu:24.04\nARG SSH=22\nEXPOSE $SSH\n')).toHaveLength(1);
    expect(lint(rule, asOnbuild('FROM ubuntu:24.04\nEXPOSE 22\n'))).toHaveLength(1);
  });

  it('does not fire on other ports or unknown variables', () => {
    expect(lint(rule, 'FROM ubuntu:24.04\nEXPOSE 2222 220 22:2222 8022 $PORT\n')).toEqual([]);
  });

  it('is silenced by its Trivy id', () => {
    expect(lint(rule, 'FROM ubuntu:24.04\n# dop ignore=DS-0004\nEXPOSE 22\n')).toEqual([]);
  });
});
