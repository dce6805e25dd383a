import { describe, expect, it } from 'vitest';
import { asOnbuild, fixed, lint } from '../testing/lint.js';
import { rule } from './dop061-dnf-missing-yes.js';

const FROM = 'FROM fedora:40\n';

describe('DOP061 dnf-missing-yes', () => {
  it('fires without an assume-yes flag, in ONBUILD, sh -c and here-documents too', () => {
    const f = lint(rule, `${FROM}RUN dnf install nginx`);
    expect(f).toHaveLength(1);
    expect(f[0]!.message.en).toContain('`dnf install`');
    expect(lint(rule, asOnbuild(`${FROM}RUN dnf install nginx`))).toHaveLength(1);
    expect(lint(rule, `${FROM}RUN sh -c "dnf install nginx"`)).toHaveLength(1);
    expect(lint(rule, `${FROM}RUN <<EOF\ndnf install nginx\nEOF\n`)).toHaveLength(1);
  });

  it('covers the other spellings of the manager and its install', () => {
    expect(lint(rule, 'FROM ubi9/ubi-minimal\nRUN microdnf install nginx')).toHaveLength(1);
    expect(lint(rule, 'FROM fedora:41\nRUN dnf5 install nginx')).toHaveLength(1);
    expect(fixed(rule, 'FROM ubi9/ubi-minimal\nRUN microdnf install nginx')).toBe(
      'FROM ubi9/ubi-minimal\nRUN microdnf install -y nginx',
    );
  });

  it('does not fire with a yes flag before or after the subcommand, or for other subcommands', () => {
    expect(lint(rule, `${FROM}RUN dnf install -y nginx`)).toEqual([]);
    expect(lint(rule, `${FROM}RUN dnf -y install nginx`)).toEqual([]);
    expect(lint(rule, `${FROM}RUN dnf --assumeyes install nginx`)).toEqual([]);
    expect(lint(rule, `${FROM}RUN dnf clean all`)).toEqual([]);
    expect(lint(rule, `${FROM}RUN dnf`)).toEqual([]);
  });

  it('adds -y after the subcommand', () => {
    expect(fixed(rule, `${FROM}RUN dnf install nginx`)).toBe(`${FROM}RUN dnf install -y nginx`);
    expect(fixed(rule, `${FROM}RUN <<EOF\ndnf install \\\n  nginx\nEOF\n`)).toBe(
      `${FROM}RUN <<EOF\ndnf install -y \\\n  nginx\nEOF\n`,
    );
  });

  it('honours the hadolint id', () => {
    expect(lint(rule, `${FROM}# hadolint ignore=DL3038\nRUN dnf install nginx`)).toEqual([]);
  });
});

describe('DOP061 exec form', () => {
  it('reads RUN ["…"] as the command it runs, as hadolint does', () => {
    expect(lint(rule, `${FROM}RUN ["dnf", "install", "nginx"]`)).toHaveLength(1);
  });
});
