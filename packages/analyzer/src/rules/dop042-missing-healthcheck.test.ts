import { describe, expect, it } from 'vitest';
import { lint } from '../testing/lint.js';
import { rule } from './dop042-missing-healthcheck.js';

describe('DOP042 missing-healthcheck', () => {
  it('is opt-in', () => {
    expect(rule.meta.optIn).toBe(true);
  });

  it('fires once, on the final stage, when no HEALTHCHECK is set', () => {
    const found = lint(
      rule,
      'FROM golang:1.23 AS build\nRUN go build -o /app\nFROM debian:12-slim\nCOPY --from=build /app /app',
    );
    expect(found).toHaveLength(1);
    expect(found[0]?.range.start.line).toBe(3);
    expect(found[0]?.message.en).toContain('hung service');
  });

  it('gives shell-less advice on scratch and distroless', () => {
    for (const base of ['scratch', 'gcr.io/distroless/static-debian12', 'cgr.dev/chainguard/static:latest']) {
      const found = lint(rule, `FROM ${base}\nCOPY app /app`);
      expect(found, base).toHaveLength(1);
      expect(found[0]?.message.en, base).toContain("app's own binary");
    }
  });

  it('does not fire when a HEALTHCHECK (or NONE) is set in the final stage or its parent', () => {
    expect(lint(rule, 'FROM nginx:1.27\nHEALTHCHECK CMD curl -f http://localhost/ || exit 1')).toEqual([]);
    expect(lint(rule, 'FROM nginx:1.27\nHEALTHCHECK NONE')).toEqual([]);
    expect(lint(rule, 'FROM nginx:1.27 AS base\nHEALTHCHECK CMD ["true"]\nFROM base\nRUN true')).toEqual([]);
    // A HEALTHCHECK only in a build stage does not reach the final image.
    expect(lint(rule, 'FROM nginx:1.27 AS a\nHEALTHCHECK CMD ["true"]\nFROM nginx:1.27')).toHaveLength(1);
    // ONBUILD HEALTHCHECK is for child images.
    expect(lint(rule, 'FROM nginx:1.27\nONBUILD HEALTHCHECK CMD ["true"]')).toHaveLength(1);
  });

  it('does not throw on a file without stages', () => {
    expect(lint(rule, '')).toEqual([]);
    expect(lint(rule, 'ARG X=1\n')).toEqual([]);
  });

  it('is silenced by hadolint and Trivy ids', () => {
    expect(lint(rule, '# hadolint ignore=DL3057\nFROM nginx:1.27')).toEqual([]);
    expect(lint(rule, 'FROM nginx:1.27', { disabledRules: ['DS-0026'] })).toEqual([]);
  });
});
