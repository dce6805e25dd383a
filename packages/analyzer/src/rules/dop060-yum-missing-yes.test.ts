import { describe, expect, it } from 'vitest';
import { asOnbuild, fixed, lint } from '../testing/lint.js';
import { rule } from './dop060-yum-missing-yes.js';

const FROM = 'FROM centos:7\n';

describe('DOP060 yum-missing-yes', () => {
  it('fires without an assume-yes flag, in ONBUILD, sh -c and here-documents too', () => {
    const f = lint(rule, `${FROM}RUN yum install nginx`);
    expect(f).toHaveLength(1);
    expect(f[0]!.message.en).toContain('`yum install`');
    expect(lint(rule, asOnbuild(`${FROM}RUN yum install nginx`))).toHaveLength(1);
    expect(lint(rule, `${FROM}RUN sh -c "yum install nginx"`)).toHaveLength(1);
    expect(lint(rule, `${FROM}RUN <<EOF\nyum install nginx\nEOF\n`)).toHaveLength(1);
  });

  it('covers the other spellings of the manager and its install', () => {
    expect(lint(rule, `${FROM}RUN yum localinstall /tmp/x.rpm`)).toHaveLength(1);
  });

  it('does not fire with a yes flag before or after the subcommand, or for other subcommands', () => {
    expect(lint(rule, `${FROM}RUN yum install -y nginx`)).toEqual([]);
    expect(lint(rule, `${FROM}RUN yum -y install nginx`)).toEqual([]);
    expect(lint(rule, `${FROM}RUN yum --assumeyes install nginx`)).toEqual([]);
    expect(lint(rule, `${FROM}RUN yum clean all`)).toEqual([]);
    expect(lint(rule, `${FROM}RUN yum`)).toEqual([]);
  });

  it('adds -y after the subcommand', () => {
    expect(fixed(rule, `${FROM}RUN yum install nginx`)).toBe(`${FROM}RUN yum install -y nginx`);
    expect(fixed(rule, `${FROM}RUN <<EOF\nyum install \\\n  nginx\nEOF\n`)).toBe(
      `${FROM}RUN <<EOF\nyum install -y \\\n  nginx\nEOF\n`,
    );
  });

  it('honours the hadolint id', () => {
    expect(lint(rule, `${FROM}# hadolint ignore=DL3030\nRUN yum install nginx`)).toEqual([]);
  });
});

describe('DOP060 exec form', () => {
  it('reads RUN ["…"] as the command it runs, as hadolint does', () => {
    expect(lint(rule, `${FROM}RUN ["yum", "install", "nginx"]`)).toHaveLength(1);
  });
});
