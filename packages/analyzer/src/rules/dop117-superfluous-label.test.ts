import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze.js';
import { asOnbuild, lint } from '../testing/lint.js';
import { rule } from './dop117-superfluous-label.js';

const requiredLabels = { 'org.opencontainers.image.source': 'url', maintainer: 'email' } as const;

describe('DOP117 superfluous-label', () => {
  it('fires on each label the schema does not list', () => {
    const text = 'FROM alpine:3.20\nLABEL maintainer=a@b.io extra=1 org.opencontainers.image.sorce=x\n';
    const hits = lint(rule, text, { requiredLabels });
    expect(hits.map((h) => h.message.en)).toEqual([
      'Label `extra` is not in the configured label schema.',
      'Label `org.opencontainers.image.sorce` is not in the configured label schema.',
    ]);
    expect(hits[0]!.span).toEqual({ start: text.indexOf('extra'), end: text.indexOf('extra') + 5 });
    expect(lint(rule, asOnbuild('FROM alpine:3.20\nLABEL extra=1\n'), { requiredLabels })).toHaveLength(1);
  });

  it('does not fire on schema labels, without a schema, or when not enabled', () => {
    expect(
      lint(rule, 'FROM alpine:3.20\nLABEL maintainer=a@b.io org.opencontainers.image.source=x\n', {
        requiredLabels,
      }),
    ).toEqual([]);
    expect(lint(rule, 'FROM alpine:3.20\nLABEL extra=1\n')).toEqual([]);
    const off = analyze('FROM alpine:3.20\nLABEL extra=1\n', { requiredLabels }).findings;
    expect(off.filter((f) => f.ruleId === 'DOP117')).toEqual([]);
  });

  it('is silenced by a hadolint pragma', () => {
    expect(
      lint(rule, 'FROM alpine:3.20\n# hadolint ignore=DL3050\nLABEL extra=1\n', { requiredLabels }),
    ).toEqual([]);
  });
});
