import { describe, expect, it } from 'vitest';
import { asOnbuild, fixed, lint } from '../testing/lint.js';
import { rule } from './dop061-dnf-missing-yes.js';

describe('DOP061 dnf-missing-yes', () => {
  it('fires without an assume-yes flag', () => {
    expect(lint(rule, 'FROM fedora:40\nRUN dnf install nginx')).toHaveLength(1);
    expect(lint(rule, asOnbuild('FROM fedora:40\nRUN dnf install nginx'))).toHaveLength(1);
  });

  it('does not fire with one, or for other subcommands', () => {
    expect(lint(rule, 'FROM fedora:40\nRUN dnf install -y nginx')).toEqual([]);
    expect(lint(rule, 'FROM fedora:40\nRUN dnf --assumeyes install nginx')).toEqual([]);
    expect(lint(rule, 'FROM fedora:40\nRUN dnf clean all')).toEqual([]);
  });

  it('adds -y after the subcommand', () => {
    expect(fixed(rule, 'FROM fedora:40\nRUN dnf install nginx')).toBe(
      'FROM fedora:40\nRUN dnf install -y nginx',
    );
  });

  it('honours the hadolint id', () => {
    expect(lint(rule, 'FROM fedora:40\n# hadolint ignore=DL3038\nRUN dnf install nginx')).toEqual([]);
  });
});
