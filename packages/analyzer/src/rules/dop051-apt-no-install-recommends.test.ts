import { describe, expect, it } from 'vitest';
import { asOnbuild, fixed, lint } from '../testing/lint.js';
import { rule } from './dop051-apt-no-install-recommends.js';

describe('DOP051 apt-no-install-recommends', () => {
  it('fires on apt-get/apt install without the flag, in ONBUILD, sh -c and here-documents too', () => {
    const f = lint(rule, 'FROM debian:12\nRUN apt-get install -y curl');
    expect(f).toHaveLength(1);
    expect(f[0]!.message.en).toContain('`apt-get install`');
    expect(lint(rule, 'FROM debian:12\nRUN apt install -y curl')).toHaveLength(1);
    expect(lint(rule, asOnbuild('FROM debian:12\nRUN apt-get install -y curl'))).toHaveLength(1);
    expect(lint(rule, 'FROM debian:12\nRUN sh -c "apt-get install -y curl"')).toHaveLength(1);
    expect(
      lint(rule, 'FROM debian:12\nRUN <<EOF\napt-get update\napt-get install -y curl\nEOF\n'),
    ).toHaveLength(1);
    expect(lint(rule, 'FROM debian:12\nRUN apt-get install -y a && apt-get install -y b')).toHaveLength(2);
  });

  it('does not fire with the flag, the same apt option, an apt.conf setting, or other subcommands', () => {
    expect(lint(rule, 'FROM debian:12\nRUN apt-get install -y --no-install-recommends curl')).toEqual([]);
    expect(
      lint(rule, 'FROM debian:12\nRUN apt-get -o APT::Install-Recommends=false install -y curl'),
    ).toEqual([]);
    expect(lint(rule, 'FROM debian:12\nRUN apt-get install -y -oAPT::Install-Recommends=0 curl')).toEqual([]);
    expect(
      lint(
        rule,
        `FROM debian:12\nRUN echo 'APT::Install-Recommends "false";' > /etc/apt/apt.conf.d/99norecommends\nRUN apt-get install -y curl`,
      ),
    ).toEqual([]);
    expect(lint(rule, 'FROM debian:12\nRUN apt-get update && apt-get remove -y curl')).toEqual([]);
    expect(lint(rule, 'FROM debian:12\nRUN apt-get')).toEqual([]);
  });

  it('inserts the flag after the subcommand, in a here-document too', () => {
    expect(fixed(rule, 'FROM debian:12\nRUN apt-get install -y curl')).toBe(
      'FROM debian:12\nRUN apt-get install --no-install-recommends -y curl',
    );
    expect(fixed(rule, 'FROM debian:12\nRUN apt-get -y install curl')).toBe(
      'FROM debian:12\nRUN apt-get -y install --no-install-recommends curl',
    );
    expect(fixed(rule, 'FROM debian:12\nRUN <<EOF\napt-get install -y curl\nEOF\n')).toBe(
      'FROM debian:12\nRUN <<EOF\napt-get install --no-install-recommends -y curl\nEOF\n',
    );
  });

  it('marks the fix for review: it changes what gets installed', () => {
    expect(lint(rule, 'FROM debian:12\nRUN apt-get install -y curl')[0]!.fix!.safety).toBe('review');
  });

  it('honours hadolint and Trivy ids', () => {
    expect(lint(rule, 'FROM debian:12\n# hadolint ignore=DL3015\nRUN apt-get install -y curl')).toEqual([]);
    expect(lint(rule, 'FROM debian:12\nRUN apt-get install -y curl', { disabledRules: ['DS-0029'] })).toEqual(
      [],
    );
  });
});

describe('DOP051 exec form', () => {
  it('reads RUN ["…"] as the command it runs, as hadolint does', () => {
    expect(lint(rule, 'FROM debian:12\nRUN ["apt-get", "install", "-y", "curl"]')).toHaveLength(1);
  });
});
