import { describe, expect, it } from 'vitest';
import { asOnbuild, lint } from '../testing/lint.js';
import { rule } from './dop056-distro-upgrade.js';

describe('DOP056 distro-upgrade', () => {
  it('fires on whole-system upgrades of every OS manager', () => {
    for (const run of [
      'apt-get upgrade -y',
      'apt-get dist-upgrade -y',
      'apt full-upgrade -y',
      'apk upgrade --no-cache',
      'dnf upgrade -y',
      'dnf distro-sync -y',
      'microdnf update -y',
      'yum update -y',
      'zypper dup -y',
      'zypper -n dist-upgrade',
    ]) {
      const f = lint(rule, `FROM x:1\nRUN ${run}`);
      expect(f, run).toHaveLength(1);
    }
    expect(lint(rule, 'FROM x:1\nRUN apt-get update && apt-get upgrade -y')[0]!.message.en).toContain(
      '`apt-get upgrade`',
    );
    expect(lint(rule, asOnbuild('FROM x:1\nRUN apk upgrade'))).toHaveLength(1);
    expect(lint(rule, 'FROM x:1\nRUN <<EOF\nyum update -y\nEOF\n')).toHaveLength(1);
  });

  it('does not fire on upgrades of named packages, installs or refreshes', () => {
    expect(lint(rule, 'FROM x:1\nRUN yum update -y openssl')).toEqual([]);
    expect(lint(rule, 'FROM x:1\nRUN apk upgrade --no-cache openssl')).toEqual([]);
    expect(lint(rule, 'FROM x:1\nRUN apt-get install -y --only-upgrade openssl')).toEqual([]);
    expect(lint(rule, 'FROM x:1\nRUN apt-get update && zypper refresh')).toEqual([]);
  });

  it('honours Trivy and hadolint ids', () => {
    expect(lint(rule, 'FROM x:1\nRUN apt-get upgrade -y', { disabledRules: ['DS-0024'] })).toEqual([]);
    expect(lint(rule, 'FROM x:1\n# hadolint ignore=DL3035\nRUN zypper dup -y')).toEqual([]);
  });
});

describe('DOP056 exec form', () => {
  it('reads RUN ["…"] as the command it runs, as hadolint does', () => {
    expect(lint(rule, 'FROM x:1\nRUN ["apt-get", "upgrade", "-y"]')).toHaveLength(1);
  });
});
