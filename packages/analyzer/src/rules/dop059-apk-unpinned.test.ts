import { describe, expect, it } from 'vitest';
import { lint } from '../testing/lint.js';
import { rule } from './dop059-apk-unpinned.js';

describe('DOP059 apk-unpinned', () => {
  it('fires on unpinned packages', () => {
    expect(lint(rule, 'FROM alpine:3\nRUN apk add --no-cache curl git=2.45.2-r0')[0]!.message.en).toContain(
      'curl',
    );
  });

  it('does not fire on pins, variables, virtual-package names or local files', () => {
    expect(lint(rule, 'FROM alpine:3\nRUN apk add --no-cache curl=8.9.1-r0 git~2.45 "py3-pip>=24"')).toEqual(
      [],
    );
    expect(
      lint(rule, 'FROM alpine:3\nRUN apk add --no-cache --virtual .build-deps gcc=13.2.1-r0 curl=${CURL}'),
    ).toEqual([]);
    expect(lint(rule, 'FROM alpine:3\nRUN apk add --allow-untrusted /tmp/pkg.apk')).toEqual([]);
  });

  it('honours the hadolint id', () => {
    expect(lint(rule, 'FROM alpine:3\n# hadolint ignore=DL3018\nRUN apk add curl')).toEqual([]);
  });
});
