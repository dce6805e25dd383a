import { describe, expect, it } from 'vitest';
import { asOnbuild, lint } from '../testing/lint.js';
import { rule } from './dop091-add-url-without-checksum.js';

describe('DOP091 add-url-without-checksum', () => {
  it('fires on HTTP and git sources without a checksum', () => {
    expect(lint(rule, 'FROM alpine:3.20\nADD https://example.com/a.bin /a')).toHaveLength(1);
    expect(lint(rule, 'FROM alpine:3.20\nADD http://example.com/a.bin /a')).toHaveLength(1);
    expect(
      lint(rule, 'FROM alpine:3.20\nADD https://github.com/moby/buildkit.git#v0.14.0 /src'),
    ).toHaveLength(1);
    expect(lint(rule, 'FROM alpine:3.20\nADD git@github.com:moby/buildkit.git /src')).toHaveLength(1);
    expect(
      lint(rule, 'FROM alpine:3.20\nADD ["https://example.com/a", "https://example.com/b", "/d/"]'),
    ).toHaveLength(2);
    expect(lint(rule, asOnbuild('FROM alpine:3.20\nADD https://example.com/a.bin /a'))).toHaveLength(1);
  });

  it('names the URL in the message', () => {
    expect(lint(rule, 'FROM alpine:3.20\nADD https://example.com/a.bin /a')[0]?.message.en).toContain(
      'https://example.com/a.bin',
    );
  });

  it('does not fire with a checksum, a pinned commit, or local sources', () => {
    expect(lint(rule, 'FROM alpine:3.20\nADD --checksum=sha256:0123 https://example.com/a /a')).toEqual([]);
    expect(lint(rule, 'FROM alpine:3.20\nARG SHA\nADD --checksum=$SHA https://example.com/a /a')).toEqual([]);
    expect(
      lint(
        rule,
        'FROM alpine:3.20\nADD https://github.com/moby/buildkit.git#0123456789abcdef0123456789abcdef01234567 /s',
      ),
    ).toEqual([]);
    expect(lint(rule, 'FROM alpine:3.20\nADD app.tar.gz /opt/')).toEqual([]);
    expect(lint(rule, 'FROM alpine:3.20\nADD $URL /opt/')).toEqual([]);
    expect(lint(rule, 'FROM alpine:3.20\nCOPY --from=alpine:3.20 /etc/os-release /x')).toEqual([]);
  });

  it('is silenced by our pragma', () => {
    expect(lint(rule, 'FROM alpine:3.20\n# dop ignore=DOP091\nADD https://example.com/a /a')).toEqual([]);
  });
});
