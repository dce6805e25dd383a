import { describe, expect, it } from 'vitest';
import { lint } from '../testing/lint.js';
import { rule } from './dop068-zypper-unpinned.js';

describe('DOP068 zypper-unpinned', () => {
  it('fires on packages without versions', () => {
    expect(lint(rule, 'FROM opensuse/leap:15.6\nRUN zypper install -y nginx curl')[0]!.message.en).toContain(
      'nginx, curl',
    );
  });

  it('does not fire on pinned packages, variables or local files', () => {
    expect(
      lint(rule, 'FROM opensuse/leap:15.6\nRUN zypper install -y nginx=1.21.5 "$PKG" /tmp/x.rpm'),
    ).toEqual([]);
  });

  it('honours the hadolint id', () => {
    expect(
      lint(rule, 'FROM opensuse/leap:15.6\n# hadolint ignore=DL3037\nRUN zypper install -y nginx'),
    ).toEqual([]);
  });
});
