import { describe, expect, it } from 'vitest';
import { lint } from '../testing/lint.js';
import { rule } from './dop023-untrusted-registry.js';

const opts = { trustedRegistries: ['registry.example.com', '*.gcr.io', 'ghcr.io/my-org'] };

describe('DOP023 untrusted-registry', () => {
  it('does nothing without a trusted-registries list', () => {
    expect(lint(rule, 'FROM quay.io/x/y:1\n')).toEqual([]);
    expect(lint(rule, 'FROM quay.io/x/y:1\n', { trustedRegistries: [] })).toEqual([]);
  });

  it('fires on images from other registries, Docker Hub included', () => {
    const f = lint(rule, 'FROM quay.io/x/y:1\nFROM python:3.12\nFROM ghcr.io/other-org/app:1\n', opts);
    expect(f).toHaveLength(3);
    expect(f[0]!.message.en).toContain('`quay.io`');
    expect(f[1]!.message.en).toContain('`docker.io`');
    expect(lint(rule, 'ARG REG=quay.io\nFROM ${REG}/x/y:1\n', opts)).toHaveLength(1);
  });

  it('does not fire on trusted registries, globs, namespaces, stages, scratch or variables', () => {
    const text = [
      'FROM registry.example.com/base/python:3.12 AS a',
      'FROM eu.gcr.io/proj/img:1 AS b',
      'FROM REGISTRY.EXAMPLE.COM/x:1 AS c',
      'FROM ghcr.io/my-org/app:2 AS d',
      'FROM a',
      'FROM scratch',
      'ARG IGNORED',
    ].join('\n');
    expect(lint(rule, text, opts)).toEqual([]);
    expect(lint(rule, 'ARG REG\nFROM ${REG}/x/y:1\n', opts)).toEqual([]);
    expect(
      lint(rule, 'FROM python:3.12\nFROM docker.io/library/node:20\n', { trustedRegistries: ['docker.io'] }),
    ).toEqual([]);
  });

  it('is silenced by the hadolint pragma', () => {
    expect(lint(rule, '# hadolint ignore=DL3026\nFROM quay.io/x/y:1\n', opts)).toEqual([]);
  });
});

describe('DOP023 images outside FROM', () => {
  it('checks COPY --from=image and RUN --mount from=image, not stages', () => {
    expect(
      lint(rule, 'FROM registry.example.com/a:1\nCOPY --from=docker.io/tools:1 /t /t\n', opts),
    ).toHaveLength(1);
    expect(
      lint(
        rule,
        'FROM registry.example.com/a:1\nRUN --mount=type=bind,from=other.example/t:1,target=/t /t/x\n',
        opts,
      ),
    ).toHaveLength(1);
    expect(
      lint(
        rule,
        'FROM registry.example.com/a:1 AS b\nRUN true\nFROM registry.example.com/a:1\nCOPY --from=b /x /x\n',
        opts,
      ),
    ).toEqual([]);
    expect(lint(rule, 'FROM registry.example.com/a:1\nCOPY --from=ghcr.io/my-org/t:1 /t /t\n', opts)).toEqual(
      [],
    );
  });
});
