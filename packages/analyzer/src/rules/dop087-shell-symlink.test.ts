import { describe, expect, it } from 'vitest';
import { lint } from '../testing/lint.js';
import { rule } from './dop087-shell-symlink.js';

describe('DOP087 shell-symlink', () => {
  it('fires on links over /bin/sh', () => {
    expect(lint(rule, 'FROM x:1\nRUN ln -sf /bin/bash /bin/sh')).toHaveLength(1);
    expect(lint(rule, 'FROM x:1\nRUN rm /bin/sh && ln -s /bin/bash /bin/sh')).toHaveLength(1);
  });

  it('does not fire on other links', () => {
    expect(lint(rule, 'FROM x:1\nRUN ln -s /usr/bin/python3 /usr/bin/python')).toEqual([]);
    expect(lint(rule, 'FROM x:1\nRUN ln -s /bin/sh /usr/local/bin/mysh')).toEqual([]);
  });

  it('honours the hadolint id', () => {
    expect(lint(rule, 'FROM x:1\n# hadolint ignore=DL4005\nRUN ln -sf /bin/bash /bin/sh')).toEqual([]);
  });
});
