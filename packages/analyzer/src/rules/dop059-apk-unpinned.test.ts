import { describe, expect, it } from 'vitest';
import { asOnbuild, lint } from '../testing/lint.js';
import { rule } from './dop059-apk-unpinned.js';

describe('DOP059 apk-unpinned', () => {
  it('fires once per apk add and names the unpinned packages', () => {
    const f = lint(rule, 'FROM alpine:3\nRUN apk add --no-cache curl git=2.45.2-r0 jq');
    expect(f).toHaveLength(1);
    expect(f[0]!.message.en).toBe('`apk add` of curl, jq without a version.');
    expect(lint(rule, asOnbuild('FROM alpine:3\nRUN apk add --no-cache curl'))).toHaveLength(1);
    expect(lint(rule, 'FROM alpine:3\nRUN <<EOF\napk add --no-cache curl\nEOF\n')).toHaveLength(1);
    expect(lint(rule, 'FROM alpine:3\nRUN sh -c "apk add --no-cache curl"')).toHaveLength(1);
  });

  it('does not fire on pins, fuzzy pins, variables, virtual-package names or local files', () => {
    expect(lint(rule, 'FROM alpine:3\nRUN apk add --no-cache curl=8.9.1-r0 git~2.45 "py3-pip>=24"')).toEqual(
      [],
    );
    expect(
      lint(rule, 'FROM alpine:3\nRUN apk add --no-cache --virtual .build-deps gcc=13.2.1-r0 curl=${CURL}'),
    ).toEqual([]);
    expect(lint(rule, 'FROM alpine:3\nRUN apk add --no-cache $PACKAGES')).toEqual([]);
    expect(lint(rule, 'FROM alpine:3\nRUN apk add --allow-untrusted /tmp/pkg.apk')).toEqual([]);
    expect(lint(rule, 'FROM alpine:3\nRUN apk del curl && apk upgrade')).toEqual([]);
  });

  it('honours the hadolint id', () => {
    expect(lint(rule, 'FROM alpine:3\n# hadolint ignore=DL3018\nRUN apk add curl')).toEqual([]);
  });
});

describe('DOP059 exec form', () => {
  it('reads RUN ["…"] as the command it runs, as hadolint does', () => {
    expect(lint(rule, 'FROM alpine:3\nRUN ["apk", "add", "curl"]')).toHaveLength(1);
  });
});
