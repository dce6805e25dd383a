import { describe, expect, it } from 'vitest';
import { asOnbuild, lint } from '../testing/lint.js';
import { rule } from './dop080-pipefail.js';

describe('DOP080 pipefail', () => {
  it('fires on a pipe without pipefail', () => {
    expect(lint(rule, 'FROM debian:12\nRUN curl -fsSL https://e.com/x | tar xz')).toHaveLength(1);
    expect(lint(rule, asOnbuild('FROM debian:12\nRUN curl https://e.com/x | tar xz'))).toHaveLength(1);
  });

  it('does not fire with set -o pipefail, a pipefail SHELL, a non-POSIX shell or no pipe', () => {
    expect(lint(rule, 'FROM debian:12\nRUN set -o pipefail && curl https://e.com/x | tar xz')).toEqual([]);
    expect(lint(rule, 'FROM debian:12\nRUN set -euxo pipefail; curl https://e.com/x | tar xz')).toEqual([]);
    expect(
      lint(
        rule,
        'FROM debian:12\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN curl https://e.com/x | tar xz',
      ),
    ).toEqual([]);
    expect(
      lint(
        rule,
        'FROM alpine:3\nSHELL ["/bin/ash", "-eo", "pipefail", "-c"]\nRUN wget -qO- https://e.com/x | tar xz',
      ),
    ).toEqual([]);
    expect(lint(rule, 'FROM debian:12\nRUN curl https://e.com/x && tar xzf x')).toEqual([]);
    expect(
      lint(rule, '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN dir | findstr x'),
    ).toEqual([]);
  });

  it('a SHELL in another stage does not count', () => {
    expect(
      lint(
        rule,
        'FROM debian:12 AS a\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nFROM debian:12\nRUN curl x | tar xz',
      ),
    ).toHaveLength(1);
  });

  it('honours the hadolint id', () => {
    expect(lint(rule, 'FROM debian:12\n# hadolint ignore=DL4006\nRUN curl x | tar xz')).toEqual([]);
  });

  it('reads heredocs: fires only under set -e without pipefail (otherwise every failed line is ignored anyway)', () => {
    expect(
      lint(rule, 'FROM debian:12\nRUN <<EOF\napt-get update\ncurl https://e.com/x | tar xz\nEOF'),
    ).toEqual([]);
    expect(
      lint(
        rule,
        'FROM debian:12\nRUN <<EOF\n#!/bin/bash\nset -euo pipefail\ncurl https://e.com/x | tar xz\nEOF',
      ),
    ).toEqual([]);
    expect(lint(rule, 'FROM debian:12\nRUN <<EOF\nset -e\ncurl https://e.com/x | tar xz\nEOF')).toHaveLength(
      1,
    );
    expect(lint(rule, 'FROM debian:12\nRUN <<EOF\n#!/usr/bin/env python3\nprint("a | b")\nEOF')).toEqual([]);
  });

  it('names the left side in the message', () => {
    expect(lint(rule, 'FROM debian:12\nRUN wget -qO- https://e.com/x | tar xz')[0]!.message.en).toBe(
      '`wget … | …`: without pipefail a failure before the last command goes unnoticed.',
    );
  });
});

describe('DOP080 inherited SHELL', () => {
  it('takes the pipefail SHELL of the stage built on, not of an unrelated stage', () => {
    const shell = 'SHELL ["/bin/bash", "-o", "pipefail", "-c"]\n';
    const run = 'RUN curl -fsS https://e.example/x | tar -xz\n';
    expect(lint(rule, `FROM debian:12 AS base\n${shell}FROM base\n${run}`)).toEqual([]);
    expect(lint(rule, `FROM debian:12 AS base\n${shell}FROM debian:12\n${run}`)).toHaveLength(1);
  });
});
