import { describe, expect, it } from 'vitest';
import { asOnbuild, fixed, lint } from '../testing/lint.js';
import { rule } from './dop064-dnf-clean-missing.js';

describe('DOP064 dnf-clean-missing', () => {
  it('fires once per RUN that installs without cleaning, dnf5, microdnf and ONBUILD included', () => {
    expect(lint(rule, 'FROM fedora:40\nRUN dnf install -y nginx && dnf install -y curl')).toHaveLength(1);
    expect(lint(rule, 'FROM fedora:41\nRUN dnf5 install -y nginx')).toHaveLength(1);
    expect(lint(rule, asOnbuild('FROM fedora:40\nRUN dnf install -y nginx'))).toHaveLength(1);
    const micro = lint(rule, 'FROM ubi9/ubi-minimal\nRUN microdnf install -y nginx');
    expect(micro[0]!.message.en).toContain('`microdnf clean all`');
  });

  it('does not fire with the cleanup, a cache mount, or in a stage only copied from', () => {
    expect(lint(rule, 'FROM fedora:40\nRUN dnf install -y nginx && dnf clean all')).toEqual([]);
    expect(lint(rule, 'FROM fedora:40\nRUN dnf install -y nginx && rm -rf /var/cache/dnf/*')).toEqual([]);
    expect(lint(rule, 'FROM ubi9/ubi-minimal\nRUN microdnf install -y nginx && microdnf clean all')).toEqual(
      [],
    );
    expect(
      lint(rule, 'FROM fedora:40\nRUN --mount=type=cache,target=/var/cache/dnf dnf install -y nginx'),
    ).toEqual([]);
    expect(
      lint(
        rule,
        'FROM fedora:40 AS libs\nRUN dnf install -y nginx\nFROM scratch\nCOPY --from=libs /lib64 /lib64',
      ),
    ).toEqual([]);
    expect(lint(rule, 'FROM centos:7\nRUN yum install -y nginx')).toEqual([]);
  });

  it('appends the cleanup, with microdnf on ubi-minimal (it has no dnf)', () => {
    expect(fixed(rule, 'FROM fedora:40\nRUN dnf install -y nginx')).toBe(
      'FROM fedora:40\nRUN dnf install -y nginx && dnf clean all',
    );
    expect(fixed(rule, 'FROM ubi9/ubi-minimal\nRUN microdnf install -y nginx')).toBe(
      'FROM ubi9/ubi-minimal\nRUN microdnf install -y nginx && microdnf clean all',
    );
  });

  it('honours the hadolint and both Trivy ids', () => {
    expect(lint(rule, 'FROM fedora:40\n# hadolint ignore=DL3040\nRUN dnf install -y nginx')).toEqual([]);
    expect(lint(rule, 'FROM fedora:40\nRUN dnf install -y nginx', { disabledRules: ['DS-0019'] })).toEqual(
      [],
    );
    expect(
      lint(rule, 'FROM ubi9/ubi-minimal\nRUN microdnf install -y nginx', { disabledRules: ['DS-0027'] }),
    ).toEqual([]);
  });
});
