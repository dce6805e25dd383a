import { describe, expect, it } from 'vitest';
import type { BuildContext } from '../context/types.js';
import { asOnbuild, lint } from '../testing/lint.js';
import { rule } from './dop160-copy-source-missing.js';

const context: BuildContext = { files: ['requirements.txt', 'app/main.py', 'app/util.py'], texts: {} };

describe('DOP160 copy-source-missing', () => {
  it('fires on a source that names nothing in the context', () => {
    const text = 'FROM python:3.12-slim\nCOPY requirements.txt ./\nCOPY src/ ./src/\nCOPY *.cfg ./\n';
    const f = lint(rule, text, { context });
    expect(f.map((x) => x.message.en)).toEqual([
      '`src/` is not in the build context: COPY stops the build with "not found".',
      '`*.cfg` is not in the build context: COPY stops the build with "not found".',
    ]);
    // An ONBUILD COPY reads the downstream build's context, not this one.
    expect(
      lint(rule, asOnbuild('FROM python:3.12-slim\nCOPY app ./\nCOPY main.py ./\n'), { context }),
    ).toEqual([]);
  });

  it('stays quiet without a context, on other stages, URLs, variables, heredocs and unknown folders', () => {
    const text = [
      'FROM python:3.12-slim AS build',
      'COPY requirements.txt ./',
      'COPY --from=build /src/x /x',
      'ADD https://example.com/a.tgz /tmp/',
      'COPY ${SRC} ./',
      'COPY <<EOF /etc/x\nhi\nEOF',
      'COPY vendor/lib ./lib',
    ].join('\n');
    expect(lint(rule, text, { context: { ...context, unlisted: ['vendor'] } })).toEqual([]);
    expect(lint(rule, 'FROM alpine:3.20\nCOPY nothing ./\n')).toEqual([]);
  });

  it('stays quiet when the context is not the one the file is built from (nothing it copies is there)', () => {
    expect(lint(rule, 'FROM alpine:3.20\nCOPY go.mod go.sum ./\nCOPY cmd/ ./cmd/\n', { context })).toEqual(
      [],
    );
  });
});
