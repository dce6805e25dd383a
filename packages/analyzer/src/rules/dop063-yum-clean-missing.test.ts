import { describe, expect, it } from 'vitest';
import { fixed, lint } from '../testing/lint.js';
import { rule } from './dop063-yum-clean-missing.js';

describe('DOP063 yum-clean-missing', () => {
  it('fires when the RUN does not clean the cache', () => {
    expect(lint(rule, 'FROM centos:7\nRUN yum install -y nginx')).toHaveLength(1);
  });

  it('does not fire with the cleanup or a cache mount', () => {
    expect(lint(rule, 'FROM centos:7\nRUN yum install -y nginx && yum clean all')).toEqual([]);
    expect(
      lint(rule, 'FROM centos:7\nRUN --mount=type=cache,target=/var/cache/yum yum install -y nginx'),
    ).toEqual([]);
  });

  it('appends the cleanup', () => {
    expect(fixed(rule, 'FROM centos:7\nRUN yum install -y nginx')).toBe(
      'FROM centos:7\nRUN yum install -y nginx && yum clean all',
    );
  });

  it('honours the hadolint id', () => {
    expect(lint(rule, 'FROM centos:7\n# hadolint ignore=DL3032\nRUN yum install -y nginx')).toEqual([]);
  });
});
