import { describe, expect, it } from 'vitest';
import { asOnbuild, fixed, lint } from '../testing/lint.js';
import { rule } from './dop054-apt-instead-of-apt-get.js';

describe('DOP054 apt-instead-of-apt-get', () => {
  it('fires on every apt call in RUN, ONBUILD, sh -c and here-documents included', () => {
    expect(lint(rule, 'FROM debian:12\nRUN apt update && apt install -y curl')).toHaveLength(2);
    expect(lint(rule, asOnbuild('FROM debian:12\nRUN apt install -y curl'))).toHaveLength(1);
    expect(lint(rule, 'FROM debian:12\nRUN sh -c "apt install -y curl"')).toHaveLength(1);
    expect(lint(rule, 'FROM debian:12\nRUN <<EOF\napt install -y curl\nEOF\n')).toHaveLength(1);
  });

  it('names the script-stable equivalent, apt-cache for queries', () => {
    expect(lint(rule, 'FROM debian:12\nRUN apt install -y curl')[0]!.message.en).toContain(
      '`apt-get install`',
    );
    const search = lint(rule, 'FROM debian:12\nRUN apt search curl');
    expect(search[0]!.message.en).toContain('`apt-cache search`');
    expect(search[0]!.fix).toBeUndefined();
    expect(lint(rule, 'FROM debian:12\nRUN apt')[0]!.fix).toBeUndefined();
  });

  it('does not fire on apt-get, apt-cache, the word apt as an argument,', () => {
    expect(lint(rule, 'FROM debian:12\nRUN apt-get install -y curl && apt-cache policy curl')).toEqual([]);
    expect(lint(rule, 'FROM debian:12\nRUN echo apt install')).toEqual([]);
  });

  it('swaps the program name, and the subcommand where apt-get calls it differently', () => {
    expect(fixed(rule, 'FROM debian:12\nRUN apt install -y curl')).toBe(
      'FROM debian:12\nRUN apt-get install -y curl',
    );
    expect(fixed(rule, 'FROM debian:12\nRUN apt full-upgrade -y')).toBe(
      'FROM debian:12\nRUN apt-get dist-upgrade -y',
    );
    expect(fixed(rule, 'FROM debian:12\nRUN sudo apt install -y curl')).toBe(
      'FROM debian:12\nRUN sudo apt-get install -y curl',
    );
    expect(lint(rule, 'FROM debian:12\nRUN /usr/bin/apt install -y curl')[0]!.fix).toBeUndefined();
  });

  it('honours the hadolint id', () => {
    expect(lint(rule, 'FROM debian:12\n# hadolint ignore=DL3027\nRUN apt install -y curl')).toEqual([]);
  });
});

describe('DOP054 exec form', () => {
  it('reads RUN ["…"] as the command it runs, as hadolint does', () => {
    expect(lint(rule, 'FROM debian:12\nRUN ["apt", "install", "-y", "curl"]')).toHaveLength(1);
  });
});
