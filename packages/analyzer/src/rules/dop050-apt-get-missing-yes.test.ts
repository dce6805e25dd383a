import { describe, expect, it } from 'vitest';
import { asOnbuild, fixed, lint } from '../testing/lint.js';
import { rule } from './dop050-apt-get-missing-yes.js';

describe('DOP050 apt-get-missing-yes', () => {
  it('fires on apt-get install without -y', () => {
    expect(lint(rule, 'FROM debian:12\nRUN apt-get install curl')).toHaveLength(1);
    expect(lint(rule, 'FROM debian:12\nRUN sudo apt-get install curl')).toHaveLength(1);
    expect(lint(rule, 'FROM debian:12\nRUN apt update && apt install curl')).toHaveLength(1);
    expect(lint(rule, asOnbuild('FROM debian:12\nRUN apt-get install curl'))).toHaveLength(1);
    expect(lint(rule, 'FROM debian:12\nRUN ["sh", "-c", "apt-get install curl"]')).toHaveLength(1);
  });

  it('does not fire when -y or an equivalent is given', () => {
    for (const flag of ['-y', '--yes', '--assume-yes', '-qy', '-yq', '-qq']) {
      expect(lint(rule, `FROM debian:12\nRUN apt-get install ${flag} curl`), flag).toEqual([]);
    }
    expect(lint(rule, 'FROM debian:12\nRUN apt-get update')).toEqual([]);
    expect(lint(rule, 'FROM debian:12\nRUN echo apt-get install curl')).toEqual([]);
  });

  it('fixes by adding -y after the subcommand', () => {
    expect(fixed(rule, 'FROM debian:12\nRUN apt-get install curl')).toBe(
      'FROM debian:12\nRUN apt-get install -y curl',
    );
  });

  it('is silenced by pragmas: ours, hadolint and a global one', () => {
    expect(lint(rule, 'FROM debian:12\n# dop ignore=DOP050\nRUN apt-get install curl')).toEqual([]);
    expect(lint(rule, 'FROM debian:12\n# hadolint ignore=DL3014\nRUN apt-get install curl')).toEqual([]);
    expect(
      lint(
        rule,
        '# hadolint global ignore=DL3014\nFROM debian:12\nRUN apt-get install curl\nRUN apt-get install x',
      ),
    ).toEqual([]);
    // A pragma above one instruction leaves the next ones alone.
    expect(
      lint(rule, 'FROM debian:12\n# dop ignore=DOP050\nRUN apt-get install curl\nRUN apt-get install wget'),
    ).toHaveLength(1);
    expect(lint(rule, 'FROM debian:12\nRUN apt-get install curl', { disabledRules: ['DS-0021'] })).toEqual(
      [],
    );
  });
});

describe('DOP050 quiet level', () => {
  it('takes -q -q as yes, as apt-get does', () => {
    expect(lint(rule, 'FROM debian:12\nRUN apt-get -q -q install curl\n')).toEqual([]);
    expect(lint(rule, 'FROM debian:12\nRUN apt-get -q install curl\n')).toHaveLength(1);
  });
});

describe('DOP050 aptitude', () => {
  it('asks aptitude install for -y too', () => {
    expect(lint(rule, 'FROM debian:12\nRUN aptitude install curl\n')).toHaveLength(1);
    expect(lint(rule, 'FROM debian:12\nRUN aptitude install -y curl\n')).toEqual([]);
  });
});
