import { describe, expect, it } from 'vitest';
import { asOnbuild, fixed, lint } from '../testing/lint.js';
import { rule } from './dop069-dnf-weak-deps.js';

describe('DOP069 dnf-weak-deps', () => {
  it('fires on dnf and microdnf installs that keep weak dependencies', () => {
    const f = lint(rule, 'FROM fedora:40\nRUN dnf install -y nginx');
    expect(f).toHaveLength(1);
    expect(f[0]!.message.en).toContain('`dnf install`');
    expect(lint(rule, 'FROM ubi9/ubi-minimal\nRUN microdnf install -y nginx')).toHaveLength(1);
    expect(lint(rule, asOnbuild('FROM fedora:40\nRUN dnf install -y nginx'))).toHaveLength(1);
    expect(lint(rule, 'FROM fedora:40\nRUN <<EOF\ndnf install -y nginx\nEOF\n')).toHaveLength(1);
    expect(lint(rule, 'FROM fedora:40\nRUN dnf install -y --setopt=tsflags=nodocs nginx')).toHaveLength(1);
  });

  it('does not fire when weak deps or docs are switched off, in the call or in dnf.conf', () => {
    expect(lint(rule, 'FROM fedora:40\nRUN dnf install -y --setopt=install_weak_deps=False nginx')).toEqual(
      [],
    );
    expect(lint(rule, 'FROM fedora:40\nRUN dnf install -y --setopt install_weak_deps=0 nginx')).toEqual([]);
    expect(lint(rule, 'FROM fedora:40\nRUN dnf install -y --nodocs nginx')).toEqual([]);
    expect(
      lint(
        rule,
        'FROM fedora:40\nRUN echo "install_weak_deps=False" >> /etc/dnf/dnf.conf\nRUN dnf install -y nginx',
      ),
    ).toEqual([]);
  });

  it('does not fire on yum, other subcommands', () => {
    expect(lint(rule, 'FROM centos:7\nRUN yum install -y nginx')).toEqual([]);
    expect(lint(rule, 'FROM fedora:40\nRUN dnf remove -y nginx')).toEqual([]);
  });

  it('inserts the option, marked for review', () => {
    expect(fixed(rule, 'FROM fedora:40\nRUN dnf install -y nginx')).toBe(
      'FROM fedora:40\nRUN dnf install --setopt=install_weak_deps=False -y nginx',
    );
    expect(lint(rule, 'FROM fedora:40\nRUN dnf install -y nginx')[0]!.fix!.safety).toBe('review');
  });

  it('can be ignored with a comment', () => {
    expect(lint(rule, 'FROM fedora:40\n# dop ignore=DOP069\nRUN dnf install -y nginx')).toEqual([]);
  });
});

describe('DOP069 exec form', () => {
  it('reads RUN ["…"] as the command it runs, as hadolint does', () => {
    expect(lint(rule, 'FROM fedora:40\nRUN ["dnf", "install", "-y", "nginx"]')).toHaveLength(1);
  });
});
