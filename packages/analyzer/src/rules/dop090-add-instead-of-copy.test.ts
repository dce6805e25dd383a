import { describe, expect, it } from 'vitest';
import { asOnbuild, fixed, lint } from '../testing/lint.js';
import { rule } from './dop090-add-instead-of-copy.js';

describe('DOP090 add-instead-of-copy', () => {
  it('fires on ADD of local files and directories', () => {
    expect(lint(rule, 'FROM alpine:3.20\nADD app.py /app/')).toHaveLength(1);
    expect(
      lint(rule, 'FROM alpine:3.20\nADD --chown=1000:1000 --chmod=644 src/ conf.ini /app/'),
    ).toHaveLength(1);
    expect(lint(rule, 'FROM alpine:3.20\nADD ["my file.txt", "/app/"]')).toHaveLength(1);
    expect(lint(rule, 'FROM alpine:3.20\nADD <<EOF /etc/motd\nhello\nEOF\n')).toHaveLength(1);
    expect(lint(rule, asOnbuild('FROM alpine:3.20\nADD . /app'))).toHaveLength(1);
  });

  it('does not fire where ADD does something COPY cannot', () => {
    for (const src of [
      'https://example.com/tool.bin',
      'https://github.com/moby/buildkit.git#v0.14.0',
      'git@github.com:moby/buildkit.git',
      'app.tar.gz',
      'rootfs.tar',
      'data.tar.xz',
      '$ARCHIVE',
      '${SRC}',
    ]) {
      expect(lint(rule, `FROM alpine:3.20\nADD ${src} /opt/`), src).toEqual([]);
    }
    // One archive among the sources: converting would stop its extraction.
    expect(lint(rule, 'FROM alpine:3.20\nADD a.txt b.tgz /opt/')).toEqual([]);
    expect(lint(rule, 'FROM alpine:3.20\nADD --checksum=sha256:abc https://x.io/a /a')).toEqual([]);
    expect(lint(rule, 'FROM alpine:3.20\nADD --keep-git-dir=true https://x.io/r.git /r')).toEqual([]);
    expect(lint(rule, 'FROM alpine:3.20\nCOPY a.txt /a')).toEqual([]);
    expect(lint(rule, 'FROM alpine:3.20\nADD')).toEqual([]);
  });

  it('replaces the keyword, keeping flags and casing', () => {
    expect(fixed(rule, 'FROM alpine:3.20\nADD --chown=app:app src/ /app/')).toBe(
      'FROM alpine:3.20\nCOPY --chown=app:app src/ /app/',
    );
    expect(fixed(rule, 'from alpine:3.20\nadd a /a')).toBe('from alpine:3.20\ncopy a /a');
    expect(fixed(rule, 'FROM alpine:3.20\nONBUILD ADD . /app')).toBe('FROM alpine:3.20\nONBUILD COPY . /app');
  });

  it('is silenced by hadolint and Trivy ids', () => {
    expect(lint(rule, 'FROM alpine:3.20\n# hadolint ignore=DL3020\nADD a /a')).toEqual([]);
    expect(lint(rule, 'FROM alpine:3.20\nADD a /a', { disabledRules: ['DS-0005'] })).toEqual([]);
  });
});
