import { describe, expect, it } from 'vitest';
import { fixed, lint } from '../testing/lint.js';
import { rule } from './dop069-dnf-weak-deps.js';

describe('DOP069 dnf-weak-deps', () => {
  it('fires on dnf and microdnf installs that keep weak dependencies', () => {
    expect(lint(rule, 'FROM fedora:40\nRUN dnf install -y nginx')).toHaveLength(1);
    expect(lint(rule, 'FROM ubi9/ubi-minimal\nRUN microdnf install -y nginx')).toHaveLength(1);
  });

  it('does not fire when weak deps or docs are switched off, or on yum', () => {
    expect(lint(rule, 'FROM fedora:40\nRUN dnf install -y --setopt=install_weak_deps=False nginx')).toEqual(
      [],
    );
    expect(lint(rule, 'FROM fedora:40\nRUN dnf install -y --nodocs nginx')).toEqual([]);
    expect(lint(rule, 'FROM fedora:40\nRUN dnf install -y --setopt install_weak_deps=0 nginx')).toEqual([]);
    expect(lint(rule, 'FROM centos:7\nRUN yum install -y nginx')).toEqual([]);
    expect(lint(rule, 'FROM fedora:40\nRUN dnf install -y --setopt=tsflags=nodocs nginx')).toHaveLength(1);
  });

  it('inserts the option', () => {
    expect(fixed(rule, 'FROM fedora:40\nRUN dnf install -y nginx')).toBe(
      'FROM fedora:40\nRUN dnf install --setopt=install_weak_deps=False -y nginx',
    );
  });
});
