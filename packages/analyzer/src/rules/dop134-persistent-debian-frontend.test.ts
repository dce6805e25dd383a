import { describe, expect, it } from 'vitest';
import { fixed, lint } from '../testing/lint.js';
import { rule } from './dop134-persistent-debian-frontend.js';

describe('DOP134 persistent-debian-frontend', () => {
  it('fires on ENV DEBIAN_FRONTEND in the final image', () => {
    expect(lint(rule, 'FROM debian:12\nENV DEBIAN_FRONTEND=noninteractive')).toHaveLength(1);
    expect(lint(rule, 'FROM debian:12\nENV DEBIAN_FRONTEND noninteractive')).toHaveLength(1);
    expect(lint(rule, 'FROM debian:12\nENV TZ=UTC DEBIAN_FRONTEND=noninteractive')).toHaveLength(1);
    expect(lint(rule, 'FROM debian:12 AS base\nENV DEBIAN_FRONTEND=noninteractive\nFROM base')).toHaveLength(
      1,
    );
    const f = lint(rule, 'FROM debian:12\nENV DEBIAN_FRONTEND=noninteractive');
    expect(f[0]!.message.en).toContain('DEBIAN_FRONTEND=noninteractive');
  });

  it('does not fire on ARG, inline use, builder stages or ONBUILD', () => {
    expect(lint(rule, 'FROM debian:12\nARG DEBIAN_FRONTEND=noninteractive')).toEqual([]);
    expect(
      lint(rule, 'FROM debian:12\nRUN DEBIAN_FRONTEND=noninteractive apt-get install -y tzdata'),
    ).toEqual([]);
    expect(
      lint(
        rule,
        'FROM debian:12 AS build\nENV DEBIAN_FRONTEND=noninteractive\nFROM debian:12\nCOPY --from=build /x /x',
      ),
    ).toEqual([]);
    expect(lint(rule, 'FROM debian:12\nONBUILD ENV DEBIAN_FRONTEND=noninteractive')).toEqual([]);
    expect(lint(rule, 'FROM debian:12\nENV')).toEqual([]);
  });

  it('fixes ENV to ARG when it is the only key (review)', () => {
    expect(fixed(rule, 'FROM debian:12\nENV DEBIAN_FRONTEND=noninteractive')).toBe(
      'FROM debian:12\nARG DEBIAN_FRONTEND=noninteractive',
    );
    expect(fixed(rule, 'FROM debian:12\nenv DEBIAN_FRONTEND noninteractive')).toBe(
      'FROM debian:12\narg DEBIAN_FRONTEND=noninteractive',
    );
    expect(fixed(rule, 'FROM debian:12\nENV DEBIAN_FRONTEND="noninteractive"')).toBe(
      'FROM debian:12\nARG DEBIAN_FRONTEND="noninteractive"',
    );
    // The runtime environment changes (that is the point), so a person accepts it.
    expect(lint(rule, 'FROM debian:12\nENV DEBIAN_FRONTEND=noninteractive')[0]!.fix!.safety).toBe('review');
    expect(
      lint(rule, 'FROM debian:12 AS b\nENV DEBIAN_FRONTEND=noninteractive\nFROM b')[0]!.fix!.safety,
    ).toBe('review');
    expect(lint(rule, 'FROM debian:12\nENV TZ=UTC DEBIAN_FRONTEND=noninteractive')[0]!.fix).toBeUndefined();
  });

  it('is silenced by its own id', () => {
    expect(lint(rule, 'FROM debian:12\n# dop ignore=DOP134\nENV DEBIAN_FRONTEND=noninteractive')).toEqual([]);
  });
});
