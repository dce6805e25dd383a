import { describe, expect, it } from 'vitest';
import { asOnbuild, lint } from '../testing/lint.js';
import { rule } from './dop068-zypper-unpinned.js';

const FROM = 'FROM opensuse/leap:15.6\n';

describe('DOP068 zypper-unpinned', () => {
  it('fires once per install and names the unpinned packages', () => {
    const f = lint(rule, `${FROM}RUN zypper install -y nginx nginx=1.21.5 curl`);
    expect(f).toHaveLength(1);
    expect(f[0]!.message.en).toBe('`zypper install` of nginx, curl without a version.');
    expect(lint(rule, asOnbuild(`${FROM}RUN zypper install -y nginx`))).toHaveLength(1);
    expect(lint(rule, `${FROM}RUN <<EOF\nzypper install -y nginx\nEOF\n`)).toHaveLength(1);
    expect(lint(rule, `${FROM}RUN sh -c "zypper install -y nginx"`)).toHaveLength(1);
  });

  it('does not fire on pins, variables, local files', () => {
    expect(
      lint(rule, `${FROM}RUN zypper install -y nginx=1.21.5 "$PKG" curl-\${CURL_VERSION} /tmp/x.rpm ./y.rpm`),
    ).toEqual([]);
    expect(lint(rule, `${FROM}RUN zypper remove -y nginx`)).toEqual([]);
  });

  it('honours the hadolint id', () => {
    expect(lint(rule, `${FROM}# hadolint ignore=DL3037\nRUN zypper install -y nginx`)).toEqual([]);
  });
});

describe('DOP068 exec form', () => {
  it('reads RUN ["…"] as the command it runs, as hadolint does', () => {
    expect(lint(rule, `${FROM}RUN ["zypper", "install", "-y", "nginx"]`)).toHaveLength(1);
  });
});
