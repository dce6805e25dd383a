import { describe, expect, it } from 'vitest';
import { asOnbuild, lint } from '../testing/lint.js';
import { rule } from './dop086-instruction-in-run.js';

describe('DOP086 instruction-in-run', () => {
  it('fires on upper-case instruction keywords as commands', () => {
    expect(lint(rule, 'FROM x:1\nRUN make && \\\nCOPY a /a')).toHaveLength(1);
    expect(lint(rule, 'FROM x:1\nRUN ENV A=1')).toHaveLength(1);
  });

  it('does not fire on lower-case commands or keywords as arguments', () => {
    expect(lint(rule, 'FROM x:1\nRUN echo COPY && env && expose')).toEqual([]);
  });

  it('names the keyword and reads ONBUILD and heredocs', () => {
    expect(lint(rule, 'FROM x:1\nRUN apt-get update && RUN apt-get install -y curl')[0]!.message.en).toBe(
      '`RUN` is a Dockerfile instruction, not a shell command.',
    );
    expect(lint(rule, asOnbuild('FROM x:1\nRUN WORKDIR /app'))).toHaveLength(1);
    expect(lint(rule, 'FROM x:1\nRUN <<EOF\nmake\nCOPY a b\nEOF')).toHaveLength(1);
    expect(lint(rule, 'FROM x:1\nRUN <<EOF\n#!/bin/bash\nset -e\nCOPY a b\nEOF')).toHaveLength(1);
  });

  it('does not fire in heredocs written in another language, or on file contents written by cat', () => {
    expect(lint(rule, 'FROM x:1\nRUN <<EOF\n#!/usr/bin/env python3\nUSER = "app"\nEOF')).toEqual([]);
    expect(lint(rule, 'FROM x:1\nRUN <<EOF\nUSER = 1\nEOF')).toEqual([]);
    expect(lint(rule, 'FROM x:1\nRUN cat > /tmp/Dockerfile <<EOF\nFROM alpine\nCOPY a b\nEOF')).toEqual([]);
  });
});
