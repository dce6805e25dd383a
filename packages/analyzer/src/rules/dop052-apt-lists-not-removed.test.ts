import { describe, expect, it } from 'vitest';
import { asOnbuild, fixed, lint } from '../testing/lint.js';
import { rule } from './dop052-apt-lists-not-removed.js';

describe('DOP052 apt-lists-not-removed', () => {
  it('fires once per RUN that installs without removing the lists', () => {
    expect(
      lint(rule, 'FROM debian:12\nRUN apt-get update && apt-get install -y a && apt-get install -y b'),
    ).toHaveLength(1);
    expect(lint(rule, asOnbuild('FROM debian:12\nRUN apt-get update && apt-get install -y a'))).toHaveLength(
      1,
    );
  });

  it('does not fire when the lists are removed, a cache or tmpfs mount covers them, or in a build stage', () => {
    expect(lint(rule, 'FROM debian:12\nRUN apt-get install -y a && rm -rf /var/lib/apt/lists/*')).toEqual([]);
    expect(
      lint(
        rule,
        'FROM debian:12\nRUN --mount=type=cache,target=/var/lib/apt apt-get update && apt-get install -y a',
      ),
    ).toEqual([]);
    expect(
      lint(rule, 'FROM debian:12\nRUN --mount=type=tmpfs,target=/var/lib/apt/lists apt-get install -y a'),
    ).toEqual([]);
    expect(
      lint(rule, 'FROM debian:12 AS build\nRUN apt-get install -y a\nFROM scratch\nCOPY --from=build /x /x'),
    ).toEqual([]);
  });

  it('appends the removal to the RUN', () => {
    expect(fixed(rule, 'FROM debian:12\nRUN apt-get update && apt-get install -y a')).toBe(
      'FROM debian:12\nRUN apt-get update && apt-get install -y a && rm -rf /var/lib/apt/lists/*',
    );
  });

  it('honours the hadolint id', () => {
    expect(lint(rule, 'FROM debian:12\n# hadolint ignore=DL3009\nRUN apt-get install -y a')).toEqual([]);
  });
});
