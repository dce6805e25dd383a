import { describe, expect, it } from 'vitest';
import { asOnbuild, fixed, lint } from '../testing/lint.js';
import { rule } from './dop060-yum-missing-yes.js';

describe('DOP060 yum-missing-yes', () => {
  it('fires without an assume-yes flag', () => {
    expect(lint(rule, 'FROM centos:7\nRUN yum install nginx')).toHaveLength(1);
    expect(lint(rule, asOnbuild('FROM centos:7\nRUN yum install nginx'))).toHaveLength(1);
  });

  it('does not fire with one, or for other subcommands', () => {
    expect(lint(rule, 'FROM centos:7\nRUN yum install -y nginx')).toEqual([]);
    expect(lint(rule, 'FROM centos:7\nRUN yum --assumeyes install nginx')).toEqual([]);
    expect(lint(rule, 'FROM centos:7\nRUN yum clean all')).toEqual([]);
  });

  it('adds -y after the subcommand', () => {
    expect(fixed(rule, 'FROM centos:7\nRUN yum install nginx')).toBe(
      'FROM centos:7\nRUN yum install -y nginx',
    );
  });

  it('honours the hadolint id', () => {
    expect(lint(rule, 'FROM centos:7\n# hadolint ignore=DL3030\nRUN yum install nginx')).toEqual([]);
  });
});
