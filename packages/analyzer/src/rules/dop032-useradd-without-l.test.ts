import { describe, expect, it } from 'vitest';
import { asOnbuild, fixed, lint } from '../testing/lint.js';
import { rule } from './dop032-useradd-without-l.js';

describe('DOP032 useradd-without-l', () => {
  it('fires on useradd with a high uid and no -l', () => {
    for (const run of [
      'useradd -u 65532 app',
      'useradd --uid 100000 app',
      'useradd --uid=70000 app',
      'useradd -u70000 app',
      'groupadd -g 65532 app && useradd -m -u 65532 -g app app',
      'sudo useradd -u 65532 app',
    ]) {
      expect(lint(rule, `FROM debian:12\nRUN ${run}`), run).toHaveLength(1);
    }
    expect(lint(rule, asOnbuild('FROM debian:12\nRUN useradd -u 65532 app'))).toHaveLength(1);
    expect(lint(rule, 'FROM debian:12\nRUN ["sh", "-c", "useradd -u 65532 app"]')).toHaveLength(1);
    const f = lint(rule, 'FROM debian:12\nRUN useradd -u 65532 app');
    expect(f[0]!.message.en).toContain('UID 65532');
    expect(f[0]!.message.en).toContain('19 MB');
  });

  it('resolves a uid given through ARG or ENV', () => {
    expect(lint(rule, 'FROM debian:12\nARG UID=65532\nRUN useradd -u ${UID} app')).toHaveLength(1);
    expect(lint(rule, 'ARG UID=65532\nFROM debian:12\nARG UID\nRUN useradd -u $UID app')).toHaveLength(1);
    expect(lint(rule, 'FROM debian:12\nARG UID=1000\nRUN useradd -u ${UID} app')).toEqual([]);
    // Unknown until build time: not judged.
    expect(lint(rule, 'FROM debian:12\nARG UID\nRUN useradd -u ${UID} app')).toEqual([]);
  });

  it('does not fire with -l, a low or no uid, or another tool', () => {
    for (const run of [
      'useradd -l -u 65532 app',
      'useradd --no-log-init -u 65532 app',
      'useradd -lmu 65532 app',
      'useradd -u 10001 app',
      'useradd app',
      'adduser -D -u 65532 app',
      'echo useradd -u 65532 app',
    ]) {
      expect(lint(rule, `FROM debian:12\nRUN ${run}`), run).toEqual([]);
    }
  });

  it('fixes by inserting -l after useradd', () => {
    expect(fixed(rule, 'FROM debian:12\nRUN useradd -u 65532 app')).toBe(
      'FROM debian:12\nRUN useradd -l -u 65532 app',
    );
    expect(fixed(rule, 'FROM debian:12\nRUN sudo /usr/sbin/useradd -u 65532 app')).toBe(
      'FROM debian:12\nRUN sudo /usr/sbin/useradd -l -u 65532 app',
    );
  });

  it('is silenced by the hadolint id', () => {
    expect(lint(rule, 'FROM debian:12\n# hadolint ignore=DL3046\nRUN useradd -u 65532 app')).toEqual([]);
  });
});
