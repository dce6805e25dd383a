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

  it('cleans microdnf with microdnf (ubi-minimal has no dnf), and skips build stages', () => {
    expect(fixed(rule, 'FROM ubi9/ubi-minimal\nRUN microdnf install -y nginx')).toBe(
      'FROM ubi9/ubi-minimal\nRUN microdnf install -y nginx && microdnf clean all',
    );
    expect(
      lint(
        rule,
        'FROM fedora:40 AS libs\nRUN dnf install -y nginx\nFROM scratch\nCOPY --from=libs /lib64 /lib64',
      ),
    ).toEqual([]);
  });
});
