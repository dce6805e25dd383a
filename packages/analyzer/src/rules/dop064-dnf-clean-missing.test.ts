import { describe, expect, it } from 'vitest';
import { fixed, lint } from '../testing/lint.js';
import { rule } from './dop064-dnf-clean-missing.js';

describe('DOP064 dnf-clean-missing', () => {
  it('fires when the RUN does not clean the cache', () => {
    expect(lint(rule, 'FROM fedora:40\nRUN dnf install -y nginx')).toHaveLength(1);
  });

  it('does not fire with the cleanup or a cache mount', () => {
    expect(lint(rule, 'FROM fedora:40\nRUN dnf install -y nginx && dnf clean all')).toEqual([]);
    expect(
      lint(rule, 'FROM fedora:40\nRUN --mount=type=cache,target=/var/cache/dnf dnf install -y nginx'),
    ).toEqual([]);
  });

  it('appends the cleanup', () => {
    expect(fixed(rule, 'FROM fedora:40\nRUN dnf install -y nginx')).toBe(
      'FROM fedora:40\nRUN dnf install -y nginx && dnf clean all',
    );
  });

  it('honours the hadolint id', () => {
    expect(lint(rule, 'FROM fedora:40\n# hadolint ignore=DL3040\nRUN dnf install -y nginx')).toEqual([]);
  });
});
