import { describe, expect, it } from 'vitest';
import { fixed, lint } from '../testing/lint.js';
import { rule } from './dop065-zypper-clean-missing.js';

describe('DOP065 zypper-clean-missing', () => {
  it('fires when the RUN does not clean the cache', () => {
    expect(lint(rule, 'FROM opensuse/leap:15.6\nRUN zypper install -y nginx')).toHaveLength(1);
  });

  it('does not fire with the cleanup or a cache mount', () => {
    expect(lint(rule, 'FROM opensuse/leap:15.6\nRUN zypper install -y nginx && zypper clean --all')).toEqual(
      [],
    );
    expect(
      lint(
        rule,
        'FROM opensuse/leap:15.6\nRUN --mount=type=cache,target=/var/cache/zypp zypper install -y nginx',
      ),
    ).toEqual([]);
  });

  it('appends the cleanup', () => {
    expect(fixed(rule, 'FROM opensuse/leap:15.6\nRUN zypper install -y nginx')).toBe(
      'FROM opensuse/leap:15.6\nRUN zypper install -y nginx && zypper clean --all',
    );
  });

  it('honours the hadolint id', () => {
    expect(
      lint(rule, 'FROM opensuse/leap:15.6\n# hadolint ignore=DL3036\nRUN zypper install -y nginx'),
    ).toEqual([]);
  });
});
