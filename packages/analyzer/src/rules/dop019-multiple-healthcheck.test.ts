import { describe, expect, it } from 'vitest';
import { asOnbuild, fixed, lint } from '../testing/lint.js';
import { rule } from './dop019-multiple-healthcheck.js';

const A = 'HEALTHCHECK CMD true';
const B = 'HEALTHCHECK --interval=5s CMD curl -f http://localhost/';
const C = 'HEALTHCHECK NONE';

describe('DOP019 multiple-healthcheck', () => {
  it('reports every HEALTHCHECK of a stage but the last', () => {
    const text = `FROM alpine:3.20\n${A}\nRUN true\n${B}\n${C}\n`;
    const hits = lint(rule, text);
    expect(hits).toHaveLength(2);
    expect(hits[0]!.message.en).toBe(
      'This HEALTHCHECK never takes effect: the HEALTHCHECK on line 5 replaces it (only the last one in a stage counts).',
    );
    expect(hits[0]!.span).toEqual({ start: 17, end: 17 + A.length });
    expect(hits[0]!.fix?.safety).toBe('review');
  });

  it('counts per stage, and ONBUILD triggers on their own', () => {
    expect(lint(rule, `FROM alpine:3.20 AS a\n${A}\nFROM alpine:3.20\n${B}\n`)).toEqual([]);
    expect(lint(rule, `FROM alpine:3.20\nONBUILD ${A}\n${B}\n`)).toEqual([]);
    expect(lint(rule, asOnbuild(`FROM alpine:3.20\n${A}\n${B}\n`))).toHaveLength(1);
  });

  it('does not fire on a single HEALTHCHECK, or on HEALTHCHECK words inside other instructions', () => {
    expect(lint(rule, `FROM alpine:3.20\n${A}\n`)).toEqual([]);
    expect(lint(rule, `FROM alpine:3.20\nRUN echo HEALTHCHECK HEALTHCHECK\n${B}\n`)).toEqual([]);
    expect(lint(rule, `${A}\n${B}\nFROM alpine:3.20\n`)).toEqual([]);
  });

  it('fixes (for review) by deleting the earlier HEALTHCHECK with its line, continuations included', () => {
    expect(fixed(rule, `FROM alpine:3.20\n${A}\nRUN true\n${B}\n`)).toBe(
      `FROM alpine:3.20\nRUN true\n${B}\n`,
    );
    expect(fixed(rule, `FROM alpine:3.20\n${A} \\\n  x\n${B}`)).toBe(`FROM alpine:3.20\n${B}`);
  });

  it('is silenced by the hadolint, BuildKit and Trivy ids', () => {
    const text = `FROM alpine:3.20\n${A}\n${B}\n`;
    expect(lint(rule, `FROM alpine:3.20\n# hadolint ignore=DL3012\n${A}\n${B}\n`)).toEqual([]);
    expect(lint(rule, `# check=skip=MultipleInstructionsDisallowed\n${text}`)).toEqual([]);
    expect(lint(rule, text, { disabledRules: ['DS-0023'] })).toEqual([]);
  });
});
