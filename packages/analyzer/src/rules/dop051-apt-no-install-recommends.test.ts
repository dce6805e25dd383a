import { describe, expect, it } from 'vitest';
import { asOnbuild, fixed, lint } from '../testing/lint.js';
import { rule } from './dop051-apt-no-install-recommends.js';

describe('DOP051 apt-no-install-recommends', () => {
  it('fires on apt-get/apt install without the flag, in ONBUILD and sh -c too', () => {
    expect(lint(rule, 'FROM debian:12\nRUN apt-get install -y curl')).toHaveLength(1);
    expect(lint(rule, 'FROM debian:12\nRUN apt install -y curl')).toHaveLength(1);
    expect(lint(rule, asOnbuild('FROM debian:12\nRUN apt-get install -y curl'))).toHaveLength(1);
    expect(lint(rule, 'FROM debian:12\nRUN sh -c "apt-get install -y curl"')).toHaveLength(1);
  });

  it('does not fire with the flag, or for other subcommands', () => {
    expect(lint(rule, 'FROM debian:12\nRUN apt-get install -y --no-install-recommends curl')).toEqual([]);
    expect(lint(rule, 'FROM debian:12\nRUN apt-get update && apt-get remove -y curl')).toEqual([]);
  });

  it('inserts the flag after the subcommand', () => {
    expect(fixed(rule, 'FROM debian:12\nRUN apt-get install -y curl')).toBe(
      'FROM debian:12\nRUN apt-get install --no-install-recommends -y curl',
    );
  });

  it('honours hadolint and Trivy ids', () => {
    expect(lint(rule, 'FROM debian:12\n# hadolint ignore=DL3015\nRUN apt-get install -y curl')).toEqual([]);
    expect(lint(rule, 'FROM debian:12\nRUN apt-get install -y curl', { disabledRules: ['DS029'] })).toEqual(
      [],
    );
  });
});
