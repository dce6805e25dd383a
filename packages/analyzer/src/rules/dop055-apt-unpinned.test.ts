import { describe, expect, it } from 'vitest';
import { asOnbuild, lint } from '../testing/lint.js';
import { rule } from './dop055-apt-unpinned.js';

describe('DOP055 apt-unpinned', () => {
  it('fires once per install and names the unpinned packages', () => {
    const f = lint(rule, 'FROM debian:12\nRUN apt-get install -y curl git=1:2.39.5-0+deb12u1 wget');
    expect(f).toHaveLength(1);
    expect(f[0]!.message.en).toBe('`apt-get install` of curl, wget without a version.');
    expect(lint(rule, asOnbuild('FROM debian:12\nRUN apt-get install -y curl'))).toHaveLength(1);
    expect(lint(rule, 'FROM debian:12\nRUN <<EOF\napt-get install -y curl\nEOF\n')).toHaveLength(1);
    expect(lint(rule, 'FROM debian:12\nRUN sh -c "apt install -y curl"')).toHaveLength(1);
  });

  it('counts a release selection as unpinned: it still moves', () => {
    expect(lint(rule, 'FROM debian:12\nRUN apt-get install -y -t bookworm-backports curl')).toHaveLength(1);
    expect(lint(rule, 'FROM debian:12\nRUN apt-get install -y curl/bookworm-backports')).toHaveLength(1);
  });

  it('does not fire on pins, wildcard pins, pins in variables, local .deb files or option values', () => {
    expect(lint(rule, 'FROM debian:12\nRUN apt-get install -y curl=7.88.1-10 git=1:2.39*')).toEqual([]);
    expect(lint(rule, 'FROM debian:12\nRUN apt-get install -y curl=${CURL_VERSION} "$PKG" ${EXTRA}')).toEqual(
      [],
    );
    expect(lint(rule, 'FROM debian:12\nRUN apt-get install -y ./app.deb /tmp/x.deb')).toEqual([]);
    expect(
      lint(
        rule,
        'FROM debian:12\nRUN apt-get install -y -o Dpkg::Options::=--force-confnew -t bookworm-backports x=1',
      ),
    ).toEqual([]);
    expect(lint(rule, 'FROM debian:12\nRUN apt-get install -y')).toEqual([]);
  });

  it('honours the hadolint id', () => {
    expect(lint(rule, 'FROM debian:12\n# hadolint ignore=DL3008\nRUN apt-get install -y curl')).toEqual([]);
  });
});

describe('DOP055 exec form', () => {
  it('reads RUN ["…"] as the command it runs, as hadolint does', () => {
    expect(lint(rule, 'FROM debian:12\nRUN ["apt-get", "install", "-y", "curl"]')).toHaveLength(1);
  });
});

describe('DOP055 aptitude', () => {
  it('reads aptitude pins as apt-get ones', () => {
    expect(lint(rule, 'FROM debian:12\nRUN aptitude install -y curl\n')).toHaveLength(1);
    expect(lint(rule, 'FROM debian:12\nRUN aptitude install -y curl=8.5.0-2\n')).toEqual([]);
  });
});
