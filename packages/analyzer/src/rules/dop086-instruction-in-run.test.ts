import { describe, expect, it } from 'vitest';
import { lint } from '../testing/lint.js';
import { rule } from './dop086-instruction-in-run.js';

describe('DOP086 instruction-in-run', () => {
  it('fires on upper-case instruction keywords as commands', () => {
    expect(lint(rule, 'FROM x:1\nRUN make && \\\nCOPY a /a')).toHaveLength(1);
    expect(lint(rule, 'FROM x:1\nRUN ENV A=1')).toHaveLength(1);
  });

  it('does not fire on lower-case commands or keywords as arguments', () => {
    expect(lint(rule, 'FROM x:1\nRUN echo COPY && env && expose')).toEqual([]);
  });
});
