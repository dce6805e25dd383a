import { describe, expect, it } from 'vitest';
import { asOnbuild, lint } from '../testing/lint.js';
import { rule } from './dop067-dnf-unpinned.js';

const FROM = 'FROM fedora:40\n';

describe('DOP067 dnf-unpinned', () => {
  it('fires once per install and names the unpinned packages', () => {
    const f = lint(rule, `${FROM}RUN dnf install -y nginx nginx-1.26.2 curl`);
    expect(f).toHaveLength(1);
    expect(f[0]!.message.en).toBe('`dnf install` of nginx, curl without a version.');
    expect(lint(rule, asOnbuild(`${FROM}RUN dnf install -y nginx`))).toHaveLength(1);
    expect(lint(rule, `${FROM}RUN <<EOF\ndnf install -y nginx\nEOF\n`)).toHaveLength(1);
    expect(lint(rule, `${FROM}RUN sh -c "dnf install -y nginx"`)).toHaveLength(1);
  });

  it('reads a digit inside a name as part of the name, not a version', () => {
    expect(lint(rule, `${FROM}RUN dnf install -y java-17-openjdk-headless`)[0]!.message.en).toContain(
      'java-17-openjdk-headless',
    );
    expect(lint(rule, `${FROM}RUN dnf install -y java-17-openjdk-headless-17.0.13.0.11-3.el9`)).toEqual([]);
  });

  it('does not fire on pins, variables, local files', () => {
    expect(
      lint(rule, `${FROM}RUN dnf install -y nginx-1.26.2 "$PKG" curl-\${CURL_VERSION} /tmp/x.rpm ./y.rpm`),
    ).toEqual([]);
    expect(lint(rule, `${FROM}RUN dnf remove -y nginx`)).toEqual([]);
  });

  it('honours the hadolint id', () => {
    expect(lint(rule, `${FROM}# hadolint ignore=DL3041\nRUN dnf install -y nginx`)).toEqual([]);
  });
});

describe('DOP067 exec form', () => {
  it('reads RUN ["…"] as the command it runs, as hadolint does', () => {
    expect(lint(rule, `${FROM}RUN ["dnf", "install", "-y", "nginx"]`)).toHaveLength(1);
  });
});
