import { describe, expect, it } from 'vitest';
import { asOnbuild, fixed, lint } from '../testing/lint.js';
import { rule } from './dop062-zypper-missing-yes.js';

const FROM = 'FROM opensuse/leap:15.6\n';

describe('DOP062 zypper-missing-yes', () => {
  it('fires without an assume-yes flag, in ONBUILD, sh -c and here-documents too', () => {
    const f = lint(rule, `${FROM}RUN zypper install nginx`);
    expect(f).toHaveLength(1);
    expect(f[0]!.message.en).toContain('`zypper install`');
    expect(lint(rule, asOnbuild(`${FROM}RUN zypper install nginx`))).toHaveLength(1);
    expect(lint(rule, `${FROM}RUN sh -c "zypper install nginx"`)).toHaveLength(1);
    expect(lint(rule, `${FROM}RUN <<EOF\nzypper install nginx\nEOF\n`)).toHaveLength(1);
  });

  it('covers the other spellings of the manager and its install', () => {
    expect(lint(rule, `${FROM}RUN zypper -n in nginx`)).toEqual([]);
    expect(lint(rule, `${FROM}RUN zypper install --no-confirm nginx`)).toEqual([]);
    expect(lint(rule, `${FROM}RUN zypper in nginx`)).toHaveLength(1);
  });

  it('does not fire with a yes flag before or after the subcommand, or for other subcommands', () => {
    expect(lint(rule, `${FROM}RUN zypper install -y nginx`)).toEqual([]);
    expect(lint(rule, `${FROM}RUN zypper -n install nginx`)).toEqual([]);
    expect(lint(rule, `${FROM}RUN zypper --non-interactive install nginx`)).toEqual([]);
    expect(lint(rule, `${FROM}RUN zypper clean all`)).toEqual([]);
    expect(lint(rule, `${FROM}RUN zypper`)).toEqual([]);
  });

  it('adds -y after the subcommand', () => {
    expect(fixed(rule, `${FROM}RUN zypper install nginx`)).toBe(`${FROM}RUN zypper install -y nginx`);
    expect(fixed(rule, `${FROM}RUN <<EOF\nzypper install \\\n  nginx\nEOF\n`)).toBe(
      `${FROM}RUN <<EOF\nzypper install -y \\\n  nginx\nEOF\n`,
    );
  });

  it('honours the hadolint id', () => {
    expect(lint(rule, `${FROM}# hadolint ignore=DL3034\nRUN zypper install nginx`)).toEqual([]);
  });
});

describe('DOP062 exec form', () => {
  it('reads RUN ["…"] as the command it runs, as hadolint does', () => {
    expect(lint(rule, `${FROM}RUN ["zypper", "install", "nginx"]`)).toHaveLength(1);
  });
});
