import { describe, expect, it } from 'vitest';
import { asOnbuild, lint } from '../testing/lint.js';
import { rule } from './dop053-update-without-install.js';

describe('DOP053 update-without-install', () => {
  it('fires on a RUN that only refreshes the index, for every OS manager', () => {
    for (const [from, run] of [
      ['debian:12', 'apt-get update'],
      ['debian:12', 'apt update'],
      ['alpine:3.20', 'apk update'],
      ['centos:7', 'yum makecache'],
      ['fedora:40', 'dnf makecache'],
      ['opensuse/leap:15.6', 'zypper refresh'],
      ['debian:12', 'apt-get update && apt-get clean'],
    ]) {
      expect(lint(rule, `FROM ${from}\nRUN ${run}\nRUN echo next`), run).toHaveLength(1);
    }
    const f = lint(rule, 'FROM debian:12\nRUN apt-get update\nRUN apt-get install -y curl');
    expect(f).toHaveLength(1);
    expect(f[0]!.message.en).toContain('`apt-get update`');
    expect(lint(rule, asOnbuild('FROM debian:12\nRUN apt-get update'))).toHaveLength(1);
    expect(lint(rule, 'FROM debian:12\nRUN sh -c "apt-get update"')).toHaveLength(1);
  });

  it('does not fire when the same RUN installs, upgrades or otherwise reads the index', () => {
    expect(lint(rule, 'FROM debian:12\nRUN apt-get update && apt-get install -y curl')).toEqual([]);
    expect(lint(rule, 'FROM debian:12\nRUN apt-get update; apt-get install -y curl')).toEqual([]);
    expect(lint(rule, 'FROM alpine:3\nRUN apk update && apk add curl')).toEqual([]);
    expect(lint(rule, 'FROM debian:12\nRUN apt-get update && apt-get upgrade -y')).toEqual([]);
    expect(lint(rule, 'FROM debian:12\nRUN apt-get update && apt-get build-dep -y nginx')).toEqual([]);
    expect(lint(rule, 'FROM centos:7\nRUN yum makecache && yum install -y nginx')).toEqual([]);
    expect(lint(rule, 'FROM debian:12\nRUN <<EOF\napt-get update\napt-get install -y curl\nEOF\n')).toEqual(
      [],
    );
  });

  it('honours the Trivy id, in options and in an ignore comment', () => {
    expect(lint(rule, 'FROM debian:12\nRUN apt-get update', { disabledRules: ['AVD-DS-0017'] })).toEqual([]);
    expect(lint(rule, 'FROM debian:12\n# dop ignore=DS-0017\nRUN apt-get update')).toEqual([]);
  });
});

describe('DOP053 exec form', () => {
  it('reads RUN ["…"] as the command it runs, as hadolint does', () => {
    expect(lint(rule, 'FROM debian:12\nRUN ["apt-get", "update"]')).toHaveLength(1);
  });
});
