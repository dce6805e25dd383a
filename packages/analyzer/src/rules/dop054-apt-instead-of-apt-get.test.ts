import { describe, expect, it } from 'vitest';
import { asOnbuild, fixed, lint } from '../testing/lint.js';
import { rule } from './dop054-apt-instead-of-apt-get.js';

describe('DOP054 apt-instead-of-apt-get', () => {
  it('fires on apt in RUN, ONBUILD included', () => {
    expect(lint(rule, 'FROM debian:12\nRUN apt update && apt install -y curl')).toHaveLength(2);
    expect(lint(rule, asOnbuild('FROM debian:12\nRUN apt install -y curl'))).toHaveLength(1);
  });

  it('does not fire on apt-get, apt-cache or the word apt as an argument', () => {
    expect(lint(rule, 'FROM debian:12\nRUN apt-get install -y curl && apt-cache policy curl')).toEqual([]);
    expect(lint(rule, 'FROM debian:12\nRUN echo apt install')).toEqual([]);
  });

  it('swaps the program name', () => {
    expect(fixed(rule, 'FROM debian:12\nRUN apt install -y curl')).toBe(
      'FROM debian:12\nRUN apt-get install -y curl',
    );
    expect(fixed(rule, 'FROM debian:12\nRUN apt full-upgrade -y')).toBe(
      'FROM debian:12\nRUN apt-get dist-upgrade -y',
    );
  });

  it('honours the hadolint id', () => {
    expect(lint(rule, 'FROM debian:12\n# hadolint ignore=DL3027\nRUN apt install -y curl')).toEqual([]);
  });
});
