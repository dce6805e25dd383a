import { describe, expect, it } from 'vitest';
import type { LabelSchema } from '../types.js';
import { asOnbuild, lint } from '../testing/lint.js';
import { rule } from './dop114-label-value-format.js';

const requiredLabels: LabelSchema = {
  src: 'url',
  created: 'rfc3339',
  lic: 'spdx',
  rev: 'hash',
  ver: 'semver',
  mail: 'email',
  title: 'text',
};
const check = (label: string) => lint(rule, `FROM alpine:3.20\nLABEL ${label}\n`, { requiredLabels });

describe('DOP114 label-value-format', () => {
  it('fires on values that do not match their format', () => {
    const bad = [
      'src=github.com/x/y',
      'src=not-a-url',
      'created=2024-05-01',
      'created="2024-13-01T00:00:00Z"',
      'lic="MIT OR"',
      'lic="(MIT"',
      'rev=main',
      'rev=ABCDEF1',
      'ver=latest',
      'ver=1.2',
      'mail=jane',
      'mail=jane@localhost',
    ];
    for (const b of bad) expect(check(b), b).toHaveLength(1);
    const hits = check('ver=latest');
    expect(hits[0]!.message.en).toBe('Label `ver` should be a semantic version, but is `latest`.');
  });

  it('accepts values in their format', () => {
    const good = [
      'src=https://github.com/x/y',
      'src=git+ssh://git@github.com/x/y.git',
      'created=2024-05-01T12:00:00Z',
      'created=2024-05-01T12:00:00.123+09:00',
      'lic=MIT',
      'lic="Apache-2.0 OR MIT"',
      'lic="(GPL-2.0-only WITH Classpath-exception-2.0) AND BSD-3-Clause"',
      'rev=0123abc',
      'rev=0123456789abcdef0123456789abcdef01234567',
      'ver=1.2.3',
      'ver=v1.2.3-rc.1+build.5',
      'mail=jane@example.com',
      'mail="Jane Doe <jane@example.com>"',
      'title="anything at all"',
    ];
    for (const g of good) expect(check(g), g).toEqual([]);
  });

  it('does not fire on empty values, build-time variables, or labels without a format', () => {
    expect(check('ver=""')).toEqual([]);
    expect(check('ver=$VERSION created=${BUILD_DATE}')).toEqual([]);
    expect(check('other=whatever')).toEqual([]);
    expect(lint(rule, 'FROM alpine:3.20\nLABEL ver=latest\n')).toEqual([]);
  });

  it('fires under ONBUILD', () => {
    expect(lint(rule, asOnbuild('FROM alpine:3.20\nLABEL ver=latest\n'), { requiredLabels })).toHaveLength(1);
  });

  it('is silenced by any of its hadolint ids', () => {
    expect(
      lint(rule, 'FROM alpine:3.20\n# hadolint ignore=DL3056\nLABEL ver=latest\n', { requiredLabels }),
    ).toEqual([]);
  });
});
