import { describe, expect, it } from 'vitest';
import { lint } from '../testing/lint.js';
import { rule } from './dop083-curl-and-wget.js';

describe('DOP083 curl-and-wget', () => {
  it('reports the less used tool when both appear', () => {
    const f = lint(
      rule,
      'FROM x:1\nRUN curl -o a https://e/a && curl -o b https://e/b\nRUN wget https://e/c',
    );
    expect(f).toHaveLength(1);
    expect(f[0]!.message.en).toContain('`wget` here');
  });

  it('does not fire with only one of them', () => {
    expect(lint(rule, 'FROM x:1\nRUN curl -o a https://e/a\nRUN curl -o b https://e/b')).toEqual([]);
    expect(lint(rule, 'FROM x:1\nRUN apt-get install -y wget curl')).toEqual([]);
  });

  it('honours hadolint and Trivy ids', () => {
    expect(lint(rule, 'FROM x:1\nRUN curl a\n# hadolint ignore=DL4001\nRUN wget b')).toEqual([]);
  });

  it('does not fire when the two are alternatives in different arms of a case or if', () => {
    const perArch = [
      'FROM alpine:3.20',
      'RUN case "$(apk --print-arch)" in \\',
      '      x86_64) wget -O /a https://e/a ;; \\',
      '      *) apk add --virtual .b curl && su nobody -s /bin/sh -c "curl -fLO https://e/src" && apk del .b ;; \\',
      '    esac',
    ].join('\n');
    expect(lint(rule, perArch)).toEqual([]);
    const ifElse =
      'FROM debian:12\nRUN if [ -x /usr/bin/curl ]; then curl -fLO https://e/a; else wget https://e/a; fi';
    expect(lint(rule, ifElse)).toEqual([]);
  });

  it('still fires when one of them runs whichever arm is taken', () => {
    const f = lint(
      rule,
      'FROM debian:12\nRUN if [ -n "$X" ]; then curl -fLO https://e/a; fi && wget https://e/b && curl -fLO https://e/c',
    );
    expect(f).toHaveLength(1);
  });
});

describe('DOP083 per stage', () => {
  it('does not pair curl and wget of two different stages', () => {
    const two =
      'FROM debian:12 AS a\nRUN curl -fsSo /a https://e.example/a\nFROM debian:12\nRUN wget -q https://e.example/b\n';
    expect(lint(rule, two)).toEqual([]);
    expect(
      lint(rule, 'FROM debian:12\nRUN curl -fsSo /a https://e.example/a\nRUN wget -q https://e.example/b\n'),
    ).toHaveLength(1);
  });
});
