import { describe, expect, it } from 'vitest';
import { lint } from '../testing/lint.js';
import { rule } from './dop088-download-extract-separate.js';

describe('DOP088 download-extract-separate', () => {
  it('fires when a later RUN extracts or deletes the download', () => {
    expect(
      lint(rule, 'FROM x:1\nRUN curl -o /tmp/a.tgz https://e/a.tgz\nRUN tar xzf /tmp/a.tgz'),
    ).toHaveLength(1);
    expect(
      lint(rule, 'FROM x:1\nRUN wget -O /tmp/a.zip https://e/a.zip\nRUN unzip /tmp/a.zip && rm /tmp/a.zip'),
    ).toHaveLength(1);
  });

  it('does not fire when it is all one RUN, across stages, or for stdout downloads', () => {
    expect(
      lint(rule, 'FROM x:1\nRUN curl -o /tmp/a.tgz https://e/a && tar xzf /tmp/a.tgz && rm /tmp/a.tgz'),
    ).toEqual([]);
    expect(
      lint(rule, 'FROM x:1 AS a\nRUN curl -o /tmp/a.tgz https://e/a\nFROM x:1\nRUN tar xzf /tmp/a.tgz'),
    ).toEqual([]);
    expect(lint(rule, 'FROM x:1\nRUN wget -O - https://e/a | tar xz\nRUN rm -rf /tmp')).toEqual([]);
  });
});
