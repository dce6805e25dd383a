import { describe, expect, it } from 'vitest';
import { asOnbuild, lint } from '../testing/lint.js';
import { rule } from './dop066-yum-unpinned.js';

const FROM = 'FROM centos:7\n';

describe('DOP066 yum-unpinned', () => {
  it('fires once per install and names the unpinned packages', () => {
    const f = lint(rule, `${FROM}RUN yum install -y nginx nginx-1.20.1 curl`);
    expect(f).toHaveLength(1);
    expect(f[0]!.message.en).toBe('`yum install` of nginx, curl without a version.');
    expect(lint(rule, asOnbuild(`${FROM}RUN yum install -y nginx`))).toHaveLength(1);
    expect(lint(rule, `${FROM}RUN <<EOF\nyum install -y nginx\nEOF\n`)).toHaveLength(1);
    expect(lint(rule, `${FROM}RUN sh -c "yum install -y nginx"`)).toHaveLength(1);
  });

  it('reads a digit inside a name as part of the name, not a version', () => {
    expect(lint(rule, `${FROM}RUN yum install -y java-17-openjdk-headless`)[0]!.message.en).toContain(
      'java-17-openjdk-headless',
    );
    expect(lint(rule, `${FROM}RUN yum install -y java-17-openjdk-headless-17.0.13.0.11-3.el9`)).toEqual([]);
  });

  it('does not fire on pins, variables, local files', () => {
    expect(
      lint(rule, `${FROM}RUN yum install -y nginx-1.20.1 "$PKG" curl-\${CURL_VERSION} /tmp/x.rpm ./y.rpm`),
    ).toEqual([]);
    expect(lint(rule, `${FROM}RUN yum remove -y nginx`)).toEqual([]);
  });

  it('honours the hadolint id', () => {
    expect(lint(rule, `${FROM}# hadolint ignore=DL3033\nRUN yum install -y nginx`)).toEqual([]);
  });
});

describe('DOP066 exec form', () => {
  it('reads RUN ["…"] as the command it runs, as hadolint does', () => {
    expect(lint(rule, `${FROM}RUN ["yum", "install", "-y", "nginx"]`)).toHaveLength(1);
  });
});
