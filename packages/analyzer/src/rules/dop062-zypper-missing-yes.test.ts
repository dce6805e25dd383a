import { describe, expect, it } from 'vitest';
import { asOnbuild, fixed, lint } from '../testing/lint.js';
import { rule } from './dop062-zypper-missing-yes.js';

describe('DOP062 zypper-missing-yes', () => {
  it('fires without an assume-yes flag', () => {
    expect(lint(rule, 'FROM opensuse/leap:15.6\nRUN zypper install nginx')).toHaveLength(1);
    expect(lint(rule, asOnbuild('FROM opensuse/leap:15.6\nRUN zypper install nginx'))).toHaveLength(1);
  });

  it('does not fire with one, or for other subcommands', () => {
    expect(lint(rule, 'FROM opensuse/leap:15.6\nRUN zypper install -y nginx')).toEqual([]);
    expect(lint(rule, 'FROM opensuse/leap:15.6\nRUN zypper -n install nginx')).toEqual([]);
    expect(lint(rule, 'FROM opensuse/leap:15.6\nRUN zypper clean all')).toEqual([]);
  });

  it('adds -y after the subcommand', () => {
    expect(fixed(rule, 'FROM opensuse/leap:15.6\nRUN zypper install nginx')).toBe(
      'FROM opensuse/leap:15.6\nRUN zypper install -y nginx',
    );
  });

  it('honours the hadolint id', () => {
    expect(lint(rule, 'FROM opensuse/leap:15.6\n# hadolint ignore=DL3034\nRUN zypper install nginx')).toEqual(
      [],
    );
  });
});
