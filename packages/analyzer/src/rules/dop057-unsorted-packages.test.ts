import { describe, expect, it } from 'vitest';
import { fixed, lint } from '../testing/lint.js';
import { rule } from './dop057-unsorted-packages.js';

describe('DOP057 unsorted-packages', () => {
  it('fires on unsorted and duplicated lists', () => {
    expect(lint(rule, 'FROM x:1\nRUN apk add --no-cache zlib curl')).toHaveLength(1);
    expect(lint(rule, 'FROM x:1\nRUN apt-get install -y curl curl')[0]!.message.en).toContain('twice');
  });

  it('does not fire on sorted lists or single packages', () => {
    expect(lint(rule, 'FROM x:1\nRUN apt-get install -y ca-certificates curl git')).toEqual([]);
    expect(lint(rule, 'FROM x:1\nRUN apk add curl')).toEqual([]);
  });

  it('sorts in place across continuation lines and drops duplicates', () => {
    expect(fixed(rule, 'FROM x:1\nRUN apt-get install -y \\\n    wget \\\n    curl \\\n    curl')).toBe(
      'FROM x:1\nRUN apt-get install -y \\\n    curl \\\n    wget',
    );
  });

  it('reports but does not rewrite lists with variables', () => {
    const f = lint(rule, 'FROM x:1\nRUN apk add zlib $EXTRA curl');
    expect(f).toHaveLength(1);
    expect(f[0]!.fix).toBeUndefined();
  });
});
