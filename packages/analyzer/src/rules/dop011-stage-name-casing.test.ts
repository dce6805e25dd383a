import { describe, expect, it } from 'vitest';
import { fixed, lint } from '../testing/lint.js';
import { rule } from './dop011-stage-name-casing.js';

describe('DOP011 stage-name-casing', () => {
  it('fires on each stage name that is not lowercase', () => {
    const hits = lint(rule, 'FROM alpine:3.20 AS Build\nFROM alpine:3.20 AS TEST\nFROM alpine:3.20 AS ok\n');
    expect(hits.map((h) => h.message.en)).toEqual([
      'Stage name `Build` should be lowercase: `build`.',
      'Stage name `TEST` should be lowercase: `test`.',
    ]);
    expect(hits[0]!.span).toEqual({ start: 20, end: 25 });
  });

  it('does not fire on lowercase names, unnamed stages or references in capitals', () => {
    expect(lint(rule, 'FROM alpine:3.20 AS build-1\nFROM build-1\nFROM alpine:3.20\n')).toEqual([]);
    expect(lint(rule, 'FROM alpine:3.20 AS base\nCOPY --from=Base /a /b\n')).toEqual([]);
    expect(lint(rule, 'FROM alpine:3.20 AS\n')).toEqual([]);
  });

  it('renames the stage and every reference to it: FROM, COPY --from, RUN --mount from=', () => {
    const text = [
      'ARG BASE=Builder',
      'FROM golang:1.23 AS Builder',
      'RUN go build -o /app .',
      'FROM Builder AS Test',
      'RUN --mount=type=cache,target=/root/.cache --mount=type=bind,from=BUILDER,source=/app,target=/app /app -test',
      'FROM ${BASE} AS other',
      'FROM alpine:3.20',
      'COPY --from=builder /app /app',
      'COPY --from=Builder /app /app2',
      'COPY --from=Builder:1.0 /x /y',
      'ONBUILD COPY --from=Builder /a /b',
    ].join('\n');
    expect(fixed(rule, text)).toBe(
      [
        'ARG BASE=Builder',
        'FROM golang:1.23 AS builder',
        'RUN go build -o /app .',
        'FROM builder AS Test',
        'RUN --mount=type=cache,target=/root/.cache --mount=type=bind,from=builder,source=/app,target=/app /app -test',
        'FROM ${BASE} AS other',
        'FROM alpine:3.20',
        'COPY --from=builder /app /app',
        'COPY --from=builder /app /app2',
        'COPY --from=Builder:1.0 /x /y',
        'ONBUILD COPY --from=Builder /a /b',
      ].join('\n'),
    );
    expect(lint(rule, text)).toHaveLength(2);
  });

  it('is silenced by check=skip', () => {
    expect(lint(rule, '# check=skip=StageNameCasing\nFROM alpine:3.20 AS Build\n')).toEqual([]);
    expect(
      lint(rule, 'FROM alpine:3.20 AS a\n# check=skip=StageNameCasing\nFROM alpine:3.20 AS Build\n'),
    ).toEqual([]);
  });
});
