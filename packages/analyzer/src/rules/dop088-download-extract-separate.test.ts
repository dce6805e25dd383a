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

  it('knows the file name curl -O and plain wget pick from the URL', () => {
    const found = lint(
      rule,
      'FROM x:1\nRUN wget -q https://e.com/dl/tool-1.2.tgz\nRUN tar xzf tool-1.2.tgz && rm tool-1.2.tgz',
    );
    expect(found).toHaveLength(1);
    expect(found[0]!.message.en).toBe(
      'tool-1.2.tgz is downloaded here but used in a later RUN (line 3): the download stays in this layer.',
    );
    expect(lint(rule, 'FROM x:1\nRUN curl -fsSLO https://e.com/a.zip?x=1\nRUN unzip a.zip')).toHaveLength(1);
    expect(lint(rule, 'FROM x:1\nRUN curl -fsSL https://e.com/a.zip > /dev/null\nRUN unzip a.zip')).toEqual(
      [],
    );
    expect(lint(rule, 'FROM x:1\nRUN wget -qP /opt https://e.com/a.zip\nRUN ls')).toEqual([]);
    expect(lint(rule, 'FROM x:1\nRUN curl -o "/tmp/$F" https://e/a\nRUN tar xf "/tmp/$F"')).toEqual([]);
  });
});
