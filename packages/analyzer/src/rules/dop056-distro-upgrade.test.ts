import { describe, expect, it } from 'vitest';
import { lint } from '../testing/lint.js';
import { rule } from './dop056-distro-upgrade.js';

describe('DOP056 distro-upgrade', () => {
  it('fires on whole-system upgrades of every OS manager', () => {
    for (const run of [
      'apt-get upgrade -y',
      'apt-get dist-upgrade -y',
      'apk upgrade',
      'dnf upgrade -y',
      'yum update -y',
      'zypper dup -y',
    ]) {
      expect(lint(rule, `FROM x:1\nRUN ${run}`), run).toHaveLength(1);
    }
  });

  it('does not fire on upgrades of named packages or on installs', () => {
    expect(lint(rule, 'FROM x:1\nRUN yum update -y openssl')).toEqual([]);
    expect(lint(rule, 'FROM x:1\nRUN apk upgrade openssl')).toEqual([]);
    expect(lint(rule, 'FROM x:1\nRUN apt-get install -y --only-upgrade openssl')).toEqual([]);
  });

  it('honours Trivy and hadolint ids', () => {
    expect(lint(rule, 'FROM x:1\nRUN apt-get upgrade -y', { disabledRules: ['DS-0024'] })).toEqual([]);
    expect(lint(rule, 'FROM x:1\n# hadolint ignore=DL3035\nRUN zypper dup -y')).toEqual([]);
  });
});
