import { describe, expect, it } from 'vitest';
import { lint } from '../testing/lint.js';
import { rule } from './dop099-consecutive-run.js';

describe('DOP099 consecutive-run', () => {
  it('fires on consecutive short RUNs with the same flags (DL3059)', () => {
    expect(lint(rule, 'FROM debian:12\nRUN /foo.sh\nRUN /bar.sh')).toHaveLength(1);
    expect(lint(rule, 'FROM debian:12\nRUN a\nRUN b\nRUN c')).toHaveLength(2);
    expect(lint(rule, 'FROM debian:12\nRUN a && b\nRUN c | d')).toHaveLength(1);
    // Comments are not instructions: they do not separate the RUNs.
    expect(lint(rule, 'FROM debian:12\nRUN a\n# then b\nRUN b')).toHaveLength(1);
    expect(lint(rule, 'FROM debian:12\nRUN ["/a"]\nRUN ["/b"]')).toHaveLength(1);
    expect(
      lint(rule, 'FROM debian:12\nRUN --mount=type=cache,target=/x a\nRUN --mount=type=cache,target=/x b'),
    ).toHaveLength(1);
    expect(lint(rule, 'FROM debian:12\nRUN a\nRUN b')[0]?.message.en).toContain('line 2');
  });

  it('does not fire where hadolint does not', () => {
    expect(lint(rule, 'FROM debian:12\nRUN /foo.sh')).toEqual([]);
    expect(lint(rule, 'FROM debian:12\nRUN /foo.sh\nWORKDIR /\nRUN /bar.sh')).toEqual([]);
    // Different flags (cache mounts, network) keep RUNs apart.
    expect(lint(rule, 'FROM debian:12\nRUN --mount=type=cache,target=/x a\nRUN b')).toEqual([]);
    expect(lint(rule, 'FROM debian:12\nRUN --network=none a\nRUN --network=host b')).toEqual([]);
    // More than two commands: chained on purpose.
    expect(lint(rule, 'FROM debian:12\nRUN a && b && c\nRUN d')).toEqual([]);
    expect(lint(rule, 'FROM debian:12\nRUN a\nRUN b && c && d')).toEqual([]);
    // Different stages, and ONBUILD RUNs.
    expect(lint(rule, 'FROM debian:12\nRUN a\nFROM debian:12\nRUN b')).toEqual([]);
    expect(lint(rule, 'FROM debian:12\nONBUILD RUN a\nONBUILD RUN b')).toEqual([]);
    expect(lint(rule, 'FROM debian:12\nRUN <<EOF\na\nb\nc\nEOF\nRUN d')).toEqual([]);
  });

  it('is silenced by hadolint DL3059', () => {
    expect(lint(rule, 'FROM debian:12\nRUN a\n# hadolint ignore=DL3059\nRUN b')).toEqual([]);
  });
});
