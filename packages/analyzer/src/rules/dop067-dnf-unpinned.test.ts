import { describe, expect, it } from 'vitest';
import { lint } from '../testing/lint.js';
import { rule } from './dop067-dnf-unpinned.js';

describe('DOP067 dnf-unpinned', () => {
  it('fires on packages without versions', () => {
    expect(lint(rule, 'FROM fedora:40\nRUN dnf install -y nginx curl')[0]!.message.en).toContain(
      'nginx, curl',
    );
  });

  it('does not fire on pinned packages, variables or local files', () => {
    expect(lint(rule, 'FROM fedora:40\nRUN dnf install -y nginx-1.26.2 "$PKG" /tmp/x.rpm')).toEqual([]);
  });

  it('honours the hadolint id', () => {
    expect(lint(rule, 'FROM fedora:40\n# hadolint ignore=DL3041\nRUN dnf install -y nginx')).toEqual([]);
  });
});
