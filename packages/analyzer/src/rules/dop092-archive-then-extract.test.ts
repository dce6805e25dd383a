import { describe, expect, it } from 'vitest';
import { asOnbuild, lint } from '../testing/lint.js';
import { rule } from './dop092-archive-then-extract.js';

describe('DOP092 archive-then-extract', () => {
  it('fires on a local tar archive copied and extracted later (DL3010)', () => {
    const found = lint(
      rule,
      'FROM debian:12\nCOPY dist/app.tar.gz /tmp/\nRUN tar -xzf /tmp/app.tar.gz -C /opt',
    );
    expect(found).toHaveLength(1);
    expect(found[0]?.message.en).toContain('ADD app.tar.gz');
    expect(
      lint(rule, 'FROM debian:12\nCOPY app.tgz /tmp/x.tgz\nRUN cd /opt && tar xzf /tmp/x.tgz'),
    ).toHaveLength(1);
    expect(lint(rule, 'FROM debian:12\nCOPY app.tar /tmp/\nRUN tar --extract -f /tmp/app.tar')).toHaveLength(
      1,
    );
    expect(
      lint(rule, asOnbuild('FROM debian:12\nCOPY app.tar /tmp/\nRUN tar -xf /tmp/app.tar')),
    ).toHaveLength(1);
  });

  it('suggests a bind mount for formats ADD does not unpack', () => {
    const found = lint(rule, 'FROM debian:12\nCOPY site.zip /tmp/\nRUN unzip /tmp/site.zip -d /srv');
    expect(found).toHaveLength(1);
    expect(found[0]?.message.en).toContain('--mount=type=bind');
  });

  it('fires on a remote archive ADDed and extracted later (ADD does not unpack URLs)', () => {
    const found = lint(
      rule,
      'FROM debian:12\nADD https://example.com/node.tar.xz /tmp/\nRUN tar -xJf /tmp/node.tar.xz -C /usr/local',
    );
    expect(found).toHaveLength(1);
    expect(found[0]?.message.en).toContain('does not unpack remote archives unless asked');
    expect(found[0]?.message.en).toContain('ADD --unpack=true');
  });

  it('does not fire in the other cases', () => {
    // Not extracted, or extracted in another stage.
    expect(lint(rule, 'FROM debian:12\nCOPY app.tar.gz /srv/')).toEqual([]);
    expect(
      lint(rule, 'FROM debian:12\nCOPY app.tar.gz /tmp/\nFROM debian:12\nRUN tar -xzf /tmp/app.tar.gz'),
    ).toEqual([]);
    // Creating an archive, or extracting another one.
    expect(
      lint(rule, 'FROM debian:12\nCOPY app.tar /tmp/\nRUN tar -cf /tmp/out.tar /etc && tar -tf /tmp/app.tar'),
    ).toEqual([]);
    expect(lint(rule, 'FROM debian:12\nCOPY a.tar /tmp/\nRUN tar -xf /tmp/b.tar')).toEqual([]);
    // ADD already extracted the local archive; COPY --from reads another stage or image.
    expect(lint(rule, 'FROM debian:12\nADD app.tar.gz /opt/\nRUN tar -xzf /opt/app.tar.gz')).toEqual([]);
    expect(
      lint(rule, 'FROM debian:12\nCOPY --from=builder /out/app.tgz /tmp/\nRUN tar -xzf /tmp/app.tgz'),
    ).toEqual([]);
    // The RUN reads the archive from a bind mount.
    expect(
      lint(
        rule,
        'FROM debian:12\nCOPY app.tgz /tmp/\nRUN --mount=type=bind,source=app.tgz,target=/m/app.tgz tar -xzf /m/app.tgz',
      ),
    ).toEqual([]);
    expect(lint(rule, 'FROM debian:12\nCOPY $PKG /tmp/\nRUN tar -xzf /tmp/$PKG')).toEqual([]);
  });

  it('reports each archive once', () => {
    expect(
      lint(rule, 'FROM debian:12\nCOPY a.tgz /tmp/\nRUN tar -xzf /tmp/a.tgz\nRUN tar -xzf /tmp/a.tgz -C /x'),
    ).toHaveLength(1);
  });

  it('is silenced by hadolint DL3010', () => {
    expect(
      lint(rule, 'FROM debian:12\n# hadolint ignore=DL3010\nCOPY a.tgz /tmp/\nRUN tar -xzf /tmp/a.tgz'),
    ).toEqual([]);
  });
});
