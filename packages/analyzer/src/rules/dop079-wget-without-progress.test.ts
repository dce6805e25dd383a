import { describe, expect, it } from 'vitest';
import { fixed, lint } from '../testing/lint.js';
import { rule } from './dop079-wget-without-progress.js';

describe('DOP079 wget-without-progress', () => {
  it('fires on wget with no progress or quiet option', () => {
    expect(lint(rule, 'FROM x:1\nRUN wget https://e.com/a.tgz')).toHaveLength(1);
    expect(lint(rule, 'FROM x:1\nRUN sudo wget -O /tmp/a https://e.com/a')).toHaveLength(1);
  });

  it('does not fire with -q, -nv, --progress or output to stdout', () => {
    for (const run of [
      'wget -q https://e.com/a',
      'wget -nv https://e.com/a',
      'wget --progress=dot:giga https://e.com/a',
      'wget -qO- https://e.com/a | tar xz',
      'wget --no-verbose https://e.com/a',
    ]) {
      expect(lint(rule, `FROM x:1\nRUN ${run}`), run).toEqual([]);
    }
  });

  it('inserts --progress=dot:giga after the program', () => {
    expect(fixed(rule, 'FROM x:1\nRUN wget https://e.com/a')).toBe(
      'FROM x:1\nRUN wget --progress=dot:giga https://e.com/a',
    );
  });

  it('honours the hadolint id', () => {
    expect(lint(rule, 'FROM x:1\n# hadolint ignore=DL3047\nRUN wget https://e.com/a')).toEqual([]);
  });
});

describe('DOP079 log file', () => {
  it('does not fire when wget writes its messages to a log file', () => {
    expect(lint(rule, 'FROM debian:12\nRUN wget -o /tmp/w.log https://e.example/f\n')).toEqual([]);
    expect(lint(rule, 'FROM debian:12\nRUN wget --output-file=/tmp/w.log https://e.example/f\n')).toEqual([]);
  });
});
