import { describe, expect, it } from 'vitest';
import { asOnbuild, fixed, lint } from '../testing/lint.js';
import { rule } from './dop065-zypper-clean-missing.js';

const LEAP = 'FROM opensuse/leap:15.6\n';

describe('DOP065 zypper-clean-missing', () => {
  it('fires when the RUN does not clean the cache, abbreviations and ONBUILD included', () => {
    expect(lint(rule, `${LEAP}RUN zypper install -y nginx`)).toHaveLength(1);
    expect(lint(rule, `${LEAP}RUN zypper -n in nginx`)).toHaveLength(1);
    expect(lint(rule, asOnbuild(`${LEAP}RUN zypper install -y nginx`))).toHaveLength(1);
  });

  it('does not fire with any spelling of the cleanup, a cache mount, or in a stage only copied from', () => {
    for (const clean of ['zypper clean --all', 'zypper clean -a', 'zypper cc -a', 'zypper -n clean']) {
      expect(lint(rule, `${LEAP}RUN zypper install -y nginx && ${clean}`), clean).toEqual([]);
    }
    expect(
      lint(rule, `${LEAP}RUN --mount=type=cache,target=/var/cache/zypp zypper install -y nginx`),
    ).toEqual([]);
    expect(
      lint(rule, 'FROM opensuse/leap:15.6 AS b\nRUN zypper in -y gcc\nFROM scratch\nCOPY --from=b /x /x'),
    ).toEqual([]);
  });

  it('appends the cleanup', () => {
    expect(fixed(rule, `${LEAP}RUN zypper install -y nginx`)).toBe(
      `${LEAP}RUN zypper install -y nginx && zypper clean --all`,
    );
  });

  it('honours the hadolint and Trivy ids', () => {
    expect(lint(rule, `${LEAP}# hadolint ignore=DL3036\nRUN zypper install -y nginx`)).toEqual([]);
    expect(lint(rule, `${LEAP}RUN zypper install -y nginx`, { disabledRules: ['DS-0020'] })).toEqual([]);
  });
});
