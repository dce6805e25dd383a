import { describe, expect, it } from 'vitest';
import { asOnbuild, fixed, lint } from '../testing/lint.js';
import { rule } from './dop052-apt-lists-not-removed.js';

describe('DOP052 apt-lists-not-removed', () => {
  it('fires once per RUN that updates or installs without removing the lists', () => {
    const f = lint(
      rule,
      'FROM debian:12\nRUN apt-get update && apt-get install -y a && apt-get install -y b',
    );
    expect(f).toHaveLength(1);
    expect(f[0]!.message.en).toContain('`apt-get update`');
    // The update-only RUN's lists are what the next RUN installs from: only that one is flagged.
    const split = lint(rule, 'FROM debian:12\nRUN apt-get update\nRUN apt install -y a');
    expect(split.map((f) => f.range.start.line)).toEqual([3]);
    expect(lint(rule, asOnbuild('FROM debian:12\nRUN apt-get update && apt-get install -y a'))).toHaveLength(
      1,
    );
  });

  it('keeps the lists a later RUN (or a stage built on this one) still installs from', () => {
    for (const text of [
      'FROM debian:12\nRUN apt-get update && apt-get install -y git\nRUN apt-get install -y make',
      'FROM ubuntu:24.04\nRUN add-apt-repository -y ppa:x/y && apt-get update\nRUN apt-get install -y z',
      'FROM debian:12 AS base\nRUN apt-get update\nFROM base\nRUN apt-get install -y a',
      'FROM debian:12\nRUN apt-get update && apt-get install -y a\nENV X=1\nRUN sh -c "apt-get install -y b"',
    ]) {
      const lines = lint(rule, text).map((f) => f.range.start.line);
      expect(lines, text).not.toContain(2);
    }
    // A later RUN that refreshes the lists itself does not need this one's.
    expect(
      lint(
        rule,
        'FROM debian:12\nRUN apt-get update && apt-get install -y a\nRUN apt-get update && apt-get install -y b',
      ),
    ).toHaveLength(2);
  });

  it('removes the lists through sudo when the install used sudo (the lists are root-owned)', () => {
    expect(fixed(rule, 'FROM circleci/node:14\nRUN sudo apt-get update && sudo apt-get install -y a')).toBe(
      'FROM circleci/node:14\nRUN sudo apt-get update && sudo apt-get install -y a && sudo rm -rf /var/lib/apt/lists/*',
    );
  });

  it('fires in sh -c and here-document scripts', () => {
    expect(lint(rule, 'FROM debian:12\nRUN sh -c "apt-get update && apt-get install -y a"')).toHaveLength(1);
    const heredoc = lint(rule, 'FROM debian:12\nRUN <<EOF\napt-get update\napt-get install -y a\nEOF\n');
    expect(heredoc).toHaveLength(1);
    // the removal joins the script's last command, so the RUN's exit status stays the script's
    expect(fixed(rule, 'FROM debian:12\nRUN <<EOF\napt-get update\napt-get install -y a\nEOF\n')).toBe(
      'FROM debian:12\nRUN <<EOF\napt-get update\napt-get install -y a && rm -rf /var/lib/apt/lists/*\nEOF\n',
    );
    // no fix where the last line is not a plain command of the script
    for (const last of [
      'if true; then apt-get install -y a; fi',
      'apt-get install -y a # pkgs',
      'apt-get install -y a &',
    ]) {
      const [f] = lint(rule, `FROM debian:12\nRUN <<EOF\napt-get update\n${last}\nEOF\n`);
      expect(f?.fix, last).toBeUndefined();
    }
  });

  it('treats apt-get clean as not enough (it keeps the lists)', () => {
    expect(
      lint(rule, 'FROM debian:12\nRUN apt-get update && apt-get install -y a && apt-get clean'),
    ).toHaveLength(1);
  });

  it('fires in a stage the final image builds on', () => {
    expect(
      lint(rule, 'FROM debian:12 AS base\nRUN apt-get update && apt-get install -y a\nFROM base\nCMD ["a"]'),
    ).toHaveLength(1);
  });

  it('does not fire when the lists are removed, whatever the spelling, here-documents included', () => {
    for (const rm of [
      'rm -rf /var/lib/apt/lists/*',
      'rm -rf /var/lib/apt/lists',
      'rm -fr /var/lib/apt/lists/ /tmp/*',
      'rm -r -f -- /var/lib/apt/lists/*',
      'rm /var/lib/apt/lists/*_*',
    ]) {
      expect(lint(rule, `FROM debian:12\nRUN apt-get update && apt-get install -y a && ${rm}`), rm).toEqual(
        [],
      );
    }
    expect(
      lint(
        rule,
        'FROM debian:12\nRUN <<EOF\napt-get update\napt-get install -y a\nrm -rf /var/lib/apt/lists/*\nEOF\n',
      ),
    ).toEqual([]);
  });

  it('does not fire when apt-get dist-clean (apt 2.7.8+) deletes the lists', () => {
    // The shape of Debian trixie images: update; install; dist-clean, joined with `;`.
    for (const clean of ['apt-get dist-clean', 'apt-get distclean', 'apt dist-clean']) {
      expect(
        lint(rule, `FROM debian:13\nRUN set -eux; apt-get update; apt-get install -y a; ${clean}`),
        clean,
      ).toEqual([]);
    }
    expect(lint(rule, 'FROM debian:13\nRUN apt-get install --update -y a && apt-get dist-clean')).toEqual([]);
    // dist-clean in another RUN comes too late: the lists are in the earlier layer.
    expect(
      lint(rule, 'FROM debian:13\nRUN apt-get update && apt-get install -y a\nRUN apt-get dist-clean'),
    ).toHaveLength(1);
  });

  it('does not fire with a cache or tmpfs mount over the lists', () => {
    expect(
      lint(
        rule,
        'FROM debian:12\nRUN --mount=type=cache,target=/var/lib/apt apt-get update && apt-get install -y a',
      ),
    ).toEqual([]);
    expect(
      lint(
        rule,
        'FROM debian:12\nRUN --mount=type=tmpfs,target=/var/lib/apt/lists apt-get update && apt-get install -y a',
      ),
    ).toEqual([]);
    // A cache on the .deb archive alone leaves the lists in the layer.
    expect(
      lint(
        rule,
        'FROM debian:12\nRUN --mount=type=cache,target=/var/cache/apt apt-get update && apt-get install -y a',
      ),
    ).toHaveLength(1);
  });

  it('does not fire in a build stage that is only copied from, nor on odd input', () => {
    expect(
      lint(
        rule,
        'FROM debian:12 AS build\nRUN apt-get update && apt-get install -y a\nFROM scratch\nCOPY --from=build /x /x',
      ),
    ).toEqual([]);
    expect(lint(rule, 'FROM debian:12\nRUN apt-get')).toEqual([]);
    expect(lint(rule, 'RUN apt-get update')).toHaveLength(1);
  });

  it('appends the removal to the RUN, after continuation lines too', () => {
    expect(fixed(rule, 'FROM debian:12\nRUN apt-get update && apt-get install -y a')).toBe(
      'FROM debian:12\nRUN apt-get update && apt-get install -y a && rm -rf /var/lib/apt/lists/*',
    );
    expect(fixed(rule, 'FROM debian:12\nRUN apt-get update \\\n && apt-get install -y a \\\n     b')).toBe(
      'FROM debian:12\nRUN apt-get update \\\n && apt-get install -y a \\\n     b && rm -rf /var/lib/apt/lists/*',
    );
    expect(fixed(rule, '# escape=`\nFROM debian:12\nRUN apt-get update && `\n  apt-get install -y a')).toBe(
      '# escape=`\nFROM debian:12\nRUN apt-get update && `\n  apt-get install -y a && rm -rf /var/lib/apt/lists/*',
    );
  });

  it('honours the hadolint id', () => {
    expect(lint(rule, 'FROM debian:12\n# hadolint ignore=DL3009\nRUN apt-get install -y a')).toEqual([]);
  });
});

describe('DOP052 exec form', () => {
  it('reads RUN ["…"] as the command it runs, as hadolint does', () => {
    expect(lint(rule, 'FROM debian:12\nRUN ["apt-get", "install", "-y", "a"]')).toHaveLength(1);
  });
});

describe('DOP052 order inside the RUN', () => {
  it('does not count lists removed before the update that downloads them', () => {
    expect(
      lint(
        rule,
        'FROM debian:12\nRUN rm -rf /var/lib/apt/lists/* && apt-get update && apt-get install -y a\n',
      ),
    ).toHaveLength(1);
    expect(
      lint(
        rule,
        'FROM debian:12\nONBUILD RUN rm -rf /var/lib/apt/lists/* && apt-get update && apt-get install -y a\n',
      ),
    ).toHaveLength(1);
  });
});

describe('DOP052 aptitude', () => {
  it('sees the lists aptitude update downloads', () => {
    expect(
      lint(rule, 'FROM debian:12\nRUN aptitude update && aptitude install -y curl=8.5.0-2\n'),
    ).toHaveLength(1);
    expect(
      lint(
        rule,
        'FROM debian:12\nRUN aptitude update && aptitude install -y curl=8.5.0-2 && rm -rf /var/lib/apt/lists/*\n',
      ),
    ).toEqual([]);
  });
});
