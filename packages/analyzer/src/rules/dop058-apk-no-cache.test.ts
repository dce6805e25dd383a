import { describe, expect, it } from 'vitest';
import { asOnbuild, fixed, lint } from '../testing/lint.js';
import { rule } from './dop058-apk-no-cache.js';

describe('DOP058 apk-no-cache', () => {
  it('fires on apk add without --no-cache', () => {
    expect(lint(rule, 'FROM alpine:3\nRUN apk update && apk add curl')).toHaveLength(1);
    expect(lint(rule, asOnbuild('FROM alpine:3\nRUN apk add curl'))).toHaveLength(1);
  });

  it('does not fire with --no-cache, a cleanup or a cache mount', () => {
    expect(lint(rule, 'FROM alpine:3\nRUN apk add --no-cache curl')).toEqual([]);
    expect(lint(rule, 'FROM alpine:3\nRUN apk add curl && rm -rf /var/cache/apk/*')).toEqual([]);
    expect(lint(rule, 'FROM alpine:3\nRUN --mount=type=cache,target=/etc/apk/cache apk add curl')).toEqual(
      [],
    );
    expect(lint(rule, 'FROM alpine:3\nRUN apk del curl')).toEqual([]);
  });

  it('inserts --no-cache', () => {
    expect(fixed(rule, 'FROM alpine:3\nRUN apk add curl')).toBe('FROM alpine:3\nRUN apk add --no-cache curl');
  });

  it('honours hadolint and Trivy ids', () => {
    expect(lint(rule, 'FROM alpine:3\n# hadolint ignore=DL3019\nRUN apk add curl')).toEqual([]);
    expect(lint(rule, 'FROM alpine:3\nRUN apk add curl', { disabledRules: ['DS-0025'] })).toEqual([]);
  });
});
