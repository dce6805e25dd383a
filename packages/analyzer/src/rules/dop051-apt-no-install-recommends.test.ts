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

  it('names ca-certificates when the packages fetch over HTTPS (it came as a recommend)', () => {
    expect(fixed(rule, 'FROM debian:12\nRUN apt-get install -y curl wget')).toBe(
      'FROM debian:12\nRUN apt-get install --no-install-recommends -y curl wget ca-certificates',
    );
    expect(fixed(rule, 'FROM debian:12\nRUN apt-get install -y git ca-certificates')).toBe(
      'FROM debian:12\nRUN apt-get install --no-install-recommends -y git ca-certificates',
    );
    expect(fixed(rule, 'FROM debian:12\nRUN apt-get install -y make')).toBe(
      'FROM debian:12\nRUN apt-get install --no-install-recommends -y make',
    );
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
    expect(fixed(rule, 'FROM debian:12\nRUN apt-get install -y make')).toBe(
      'FROM debian:12\nRUN apt-get install --no-install-recommends -y make',
    );
    expect(fixed(rule, 'FROM debian:12\nRUN apt-get -y install make')).toBe(
      'FROM debian:12\nRUN apt-get -y install --no-install-recommends make',
    );
    expect(fixed(rule, 'FROM debian:12\nRUN <<EOF\napt-get install -y make\nEOF\n')).toBe(
      'FROM debian:12\nRUN <<EOF\napt-get install --no-install-recommends -y make\nEOF\n',
    );
    expect(fixed(rule, 'FROM debian:12\nRUN <<EOF\napt-get install -y curl\nEOF\n')).toBe(
      'FROM debian:12\nRUN <<EOF\napt-get install --no-install-recommends -y curl ca-certificates\nEOF\n',
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
