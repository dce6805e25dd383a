import { describe, expect, it } from 'vitest';
import { asOnbuild, fixed, lint } from '../testing/lint.js';
import { rule } from './dop063-yum-clean-missing.js';

describe('DOP063 yum-clean-missing', () => {
  it('fires once per RUN that installs without cleaning, ONBUILD and sh -c included', () => {
    const f = lint(rule, 'FROM centos:7\nRUN yum install -y nginx && yum install -y curl');
    expect(f).toHaveLength(1);
    expect(f[0]!.message.en).toContain('`yum install`');
    expect(lint(rule, asOnbuild('FROM centos:7\nRUN yum install -y nginx'))).toHaveLength(1);
    expect(lint(rule, 'FROM centos:7\nRUN sh -c "yum install -y nginx"')).toHaveLength(1);
    expect(lint(rule, 'FROM centos:7\nRUN <<EOF\nyum install -y nginx\nEOF\n')).toHaveLength(1);
  });

  it('fires in a stage the final image builds on, not in one only copied from', () => {
    expect(
      lint(rule, 'FROM centos:7 AS base\nRUN yum install -y nginx\nFROM base\nCMD ["nginx"]'),
    ).toHaveLength(1);
    expect(
      lint(rule, 'FROM centos:7 AS build\nRUN yum install -y gcc\nFROM scratch\nCOPY --from=build /x /x'),
    ).toEqual([]);
  });

  it('does not fire with the cleanup (here-documents included), a cache or tmpfs mount', () => {
    expect(lint(rule, 'FROM centos:7\nRUN yum install -y nginx && yum clean all')).toEqual([]);
    expect(lint(rule, 'FROM centos:7\nRUN yum install -y nginx && rm -rf /var/cache/yum')).toEqual([]);
    expect(lint(rule, 'FROM centos:7\nRUN <<EOF\nyum install -y nginx\nyum clean all\nEOF\n')).toEqual([]);
    expect(
      lint(rule, 'FROM centos:7\nRUN --mount=type=cache,target=/var/cache/yum yum install -y nginx'),
    ).toEqual([]);
    expect(
      lint(rule, 'FROM centos:7\nRUN --mount=type=tmpfs,target=/var/cache/yum yum install -y nginx'),
    ).toEqual([]);
    expect(lint(rule, 'FROM centos:7\nRUN yum remove -y nginx')).toEqual([]);
  });

  it('appends the cleanup', () => {
    expect(fixed(rule, 'FROM centos:7\nRUN yum install -y nginx')).toBe(
      'FROM centos:7\nRUN yum install -y nginx && yum clean all',
    );
    expect(fixed(rule, 'FROM centos:7\nRUN yum install -y \\\n    nginx')).toBe(
      'FROM centos:7\nRUN yum install -y \\\n    nginx && yum clean all',
    );
  });

  it('honours the hadolint and Trivy ids', () => {
    expect(lint(rule, 'FROM centos:7\n# hadolint ignore=DL3032\nRUN yum install -y nginx')).toEqual([]);
    expect(lint(rule, 'FROM centos:7\nRUN yum install -y nginx', { disabledRules: ['DS-0015'] })).toEqual([]);
  });
});

describe('DOP063 exec form', () => {
  it('reads RUN ["…"] as the command it runs, as hadolint does', () => {
    expect(lint(rule, 'FROM centos:7\nRUN ["yum", "install", "-y", "nginx"]')).toHaveLength(1);
  });
});

describe('DOP063 order inside the RUN', () => {
  it('does not count a clean before the install', () => {
    expect(lint(rule, 'FROM centos:7\nRUN yum clean all && yum install -y bash-5.1\n')).toHaveLength(1);
    expect(lint(rule, 'FROM centos:7\nONBUILD RUN yum clean all && yum install -y bash-5.1\n')).toHaveLength(
      1,
    );
  });
});
