import { describe, expect, it } from 'vitest';
import { asOnbuild, fixed, lint } from '../testing/lint.js';
import { rule } from './dop058-apk-no-cache.js';

describe('DOP058 apk-no-cache', () => {
  it('fires on apk add without --no-cache, ONBUILD, sh -c and here-documents included', () => {
    const f = lint(rule, 'FROM alpine:3\nRUN apk update && apk add curl');
    expect(f).toHaveLength(1);
    expect(f[0]!.message.en).toContain('`apk add`');
    expect(lint(rule, 'FROM alpine:3\nRUN apk add --update curl')).toHaveLength(1);
    expect(lint(rule, asOnbuild('FROM alpine:3\nRUN apk add curl'))).toHaveLength(1);
    expect(lint(rule, 'FROM alpine:3\nRUN sh -c "apk add curl"')).toHaveLength(1);
    expect(lint(rule, 'FROM alpine:3\nRUN <<EOF\napk add curl\nEOF\n')).toHaveLength(1);
    expect(lint(rule, 'FROM alpine:3 AS base\nRUN apk add curl\nFROM base\nCMD ["curl"]')).toHaveLength(1);
  });

  it('does not fire with --no-cache anywhere, a cleanup, a cache or tmpfs mount, or other subcommands', () => {
    expect(lint(rule, 'FROM alpine:3\nRUN apk add --no-cache curl')).toEqual([]);
    expect(lint(rule, 'FROM alpine:3\nRUN apk --no-cache add curl')).toEqual([]);
    expect(lint(rule, 'FROM alpine:3\nRUN apk add curl && rm -rf /var/cache/apk/*')).toEqual([]);
    expect(lint(rule, 'FROM alpine:3\nRUN <<EOF\napk add curl\nrm -rf /var/cache/apk/*\nEOF\n')).toEqual([]);
    expect(lint(rule, 'FROM alpine:3\nRUN --mount=type=cache,target=/etc/apk/cache apk add curl')).toEqual(
      [],
    );
    expect(lint(rule, 'FROM alpine:3\nRUN --mount=type=cache,target=/var/cache/apk apk add curl')).toEqual(
      [],
    );
    expect(lint(rule, 'FROM alpine:3\nRUN --mount=type=tmpfs,target=/var/cache/apk apk add curl')).toEqual(
      [],
    );
    expect(lint(rule, 'FROM alpine:3\nRUN apk del curl')).toEqual([]);
  });

  it('does not fire with --no-network, which downloads nothing to cache', () => {
    // The docker-library shape: mark libraries that are already there as a virtual package.
    expect(
      lint(
        rule,
        'FROM alpine:3\nRUN deps="$(scanelf --needed /usr/local/bin)"; apk add --no-network --virtual .rundeps $deps',
      ),
    ).toEqual([]);
  });

  it('does not fire in a stage that is only copied from', () => {
    expect(
      lint(rule, 'FROM alpine:3 AS build\nRUN apk add gcc\nFROM alpine:3\nCOPY --from=build /out /out'),
    ).toEqual([]);
  });

  it('inserts --no-cache', () => {
    expect(fixed(rule, 'FROM alpine:3\nRUN apk add curl')).toBe('FROM alpine:3\nRUN apk add --no-cache curl');
    expect(fixed(rule, 'FROM alpine:3\nRUN apk update && apk add \\\n    curl')).toBe(
      'FROM alpine:3\nRUN apk update && apk add --no-cache \\\n    curl',
    );
  });

  it('honours hadolint and Trivy ids', () => {
    expect(lint(rule, 'FROM alpine:3\n# hadolint ignore=DL3019\nRUN apk add curl')).toEqual([]);
    expect(lint(rule, 'FROM alpine:3\nRUN apk add curl', { disabledRules: ['DS-0025'] })).toEqual([]);
  });
});

describe('DOP058 exec form', () => {
  it('reads RUN ["…"] as the command it runs, as hadolint does', () => {
    expect(lint(rule, 'FROM alpine:3\nRUN ["apk", "add", "curl"]')).toHaveLength(1);
  });
});
