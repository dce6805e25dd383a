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
});
