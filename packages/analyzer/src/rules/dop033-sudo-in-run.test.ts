import { describe, expect, it } from 'vitest';
import { asOnbuild, fixed, lint } from '../testing/lint.js';
import { rule } from './dop033-sudo-in-run.js';

describe('DOP033 sudo-in-run', () => {
  it('fires on every sudo call', () => {
    expect(
      lint(rule, 'FROM debian:12\nRUN sudo apt-get update && sudo apt-get install -y curl'),
    ).toHaveLength(2);
    expect(lint(rule, 'FROM debian:12\nRUN sudo -u app make')).toHaveLength(1);
    expect(lint(rule, 'FROM debian:12\nRUN /usr/bin/sudo make')).toHaveLength(1);
    expect(lint(rule, 'FROM debian:12\nRUN env A=1 sudo make')).toHaveLength(1);
    expect(lint(rule, 'FROM debian:12\nRUN ["sudo", "make"]')).toHaveLength(1);
    expect(lint(rule, 'FROM debian:12\nRUN sh -c "sudo make"')).toHaveLength(1);
    expect(lint(rule, asOnbuild('FROM debian:12\nRUN sudo make'))).toHaveLength(1);
  });

  it('does not fire on sudo as a package or an argument', () => {
    expect(lint(rule, 'FROM debian:12\nRUN apt-get install -y sudo')).toEqual([]);
    expect(lint(rule, 'FROM debian:12\nRUN echo sudo make')).toEqual([]);
    expect(lint(rule, 'FROM debian:12\nUSER root\nRUN make')).toEqual([]);
  });

  it('fixes safely while the RUN runs as root', () => {
    expect(fixed(rule, 'FROM debian:12\nRUN sudo apt-get update')).toBe('FROM debian:12\nRUN apt-get update');
    expect(fixed(rule, 'FROM debian:12\nRUN sudo -E make')).toBe('FROM debian:12\nRUN make');
    expect(fixed(rule, 'FROM debian:12\nUSER app\nUSER root\nRUN env A=1 sudo make')).toBe(
      'FROM debian:12\nUSER app\nUSER root\nRUN env A=1 make',
    );
    expect(lint(rule, 'FROM debian:12\nRUN sudo make')[0]!.fix!.safety).toBe('safe');
  });

  it('gives no fix under a non-root user: without sudo the command would run unprivileged', () => {
    const f = lint(rule, 'FROM debian:12\nUSER app\nRUN sudo make');
    expect(f[0]!.fix).toBeUndefined();
    expect(f[0]!.message.en).toContain('USER root');
    expect(lint(rule, 'FROM node:20 AS b\nUSER node\nFROM b\nRUN sudo make')[0]!.fix).toBeUndefined();
    expect(lint(rule, 'FROM cgr.dev/chainguard/python:latest\nRUN sudo make')[0]!.fix).toBeUndefined();
    // Images that ship a non-root user and passwordless sudo for it.
    expect(lint(rule, 'FROM circleci/node:14\nRUN sudo apt-get update')[0]!.fix).toBeUndefined();
    expect(lint(rule, 'FROM jenkins/jenkins:lts\nRUN sudo make')[0]!.fix).toBeUndefined();
    expect(lint(rule, 'FROM debian:12\nUSER app\nRUN ["sudo", "make"]')[0]!.fix).toBeUndefined();
  });

  it('marks the fix for review where the user is not known', () => {
    const unknown = lint(rule, 'FROM mycorp/base:1\nRUN sudo make')[0]!;
    expect(unknown.fix!.safety).toBe('review');
    expect(unknown.message.en).toContain('not known');
    expect(lint(rule, 'ARG BASE\nFROM $BASE\nRUN sudo make')[0]!.fix!.safety).toBe('review');
    expect(lint(rule, asOnbuild('FROM debian:12\nRUN sudo make'))[0]!.fix!.safety).toBe('review');
  });

  it('gives no fix when sudo changes the user or stands alone', () => {
    expect(lint(rule, 'FROM debian:12\nRUN sudo -u app make')[0]!.fix).toBeUndefined();
    expect(lint(rule, 'FROM debian:12\nRUN sudo -i')[0]!.fix).toBeUndefined();
  });

  it('is silenced by hadolint and Trivy ids', () => {
    expect(lint(rule, 'FROM debian:12\n# hadolint ignore=DL3004\nRUN sudo make')).toEqual([]);
    expect(lint(rule, 'FROM debian:12\nRUN sudo make', { disabledRules: ['DS-0010'] })).toEqual([]);
  });
});

describe('DOP033 exec form', () => {
  it('fires once and fixes the JSON array', () => {
    expect(lint(rule, 'FROM debian:12\nRUN ["sudo", "make", "install"]')).toHaveLength(1);
    expect(fixed(rule, 'FROM debian:12\nRUN ["sudo", "make", "install"]')).toBe(
      'FROM debian:12\nRUN ["make", "install"]',
    );
    expect(lint(rule, 'FROM debian:12\nRUN ["sudo", "-u", "app", "make"]')[0]!.fix).toBeUndefined();
  });
});
