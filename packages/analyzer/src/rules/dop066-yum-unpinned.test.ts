import { describe, expect, it } from 'vitest';
import { lint } from '../testing/lint.js';
import { rule } from './dop066-yum-unpinned.js';

describe('DOP066 yum-unpinned', () => {
  it('fires on packages without versions', () => {
    expect(lint(rule, 'FROM centos:7\nRUN yum install -y nginx curl')[0]!.message.en).toContain(
      'nginx, curl',
    );
  });

  it('does not fire on pinned packages, variables or local files', () => {
    expect(lint(rule, 'FROM centos:7\nRUN yum install -y nginx-1.20.1 "$PKG" /tmp/x.rpm')).toEqual([]);
  });

  it('honours the hadolint id', () => {
    expect(lint(rule, 'FROM centos:7\n# hadolint ignore=DL3033\nRUN yum install -y nginx')).toEqual([]);
  });
});
