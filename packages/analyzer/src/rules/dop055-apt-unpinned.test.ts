import { describe, expect, it } from 'vitest';
import { lint } from '../testing/lint.js';
import { rule } from './dop055-apt-unpinned.js';

describe('DOP055 apt-unpinned', () => {
  it('fires on unpinned packages and names them', () => {
    const f = lint(rule, 'FROM debian:12\nRUN apt-get install -y curl git=1:2.39.5-0+deb12u1 wget');
    expect(f).toHaveLength(1);
    expect(f[0]!.message.en).toContain('curl, wget');
  });

  it('does not fire on pins, pins in variables, local .deb files or option values', () => {
    expect(lint(rule, 'FROM debian:12\nRUN apt-get install -y curl=7.88.1-10')).toEqual([]);
    expect(lint(rule, 'FROM debian:12\nRUN apt-get install -y curl=${CURL_VERSION} "$PKG"')).toEqual([]);
    expect(lint(rule, 'FROM debian:12\nRUN apt-get install -y ./app.deb /tmp/x.deb')).toEqual([]);
    expect(
      lint(
        rule,
        'FROM debian:12\nRUN apt-get install -y -o Dpkg::Options::=--force-confnew -t bookworm-backports x=1',
      ),
    ).toEqual([]);
  });

  it('honours the hadolint id', () => {
    expect(lint(rule, 'FROM debian:12\n# hadolint ignore=DL3008\nRUN apt-get install -y curl')).toEqual([]);
  });
});
