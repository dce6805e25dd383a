import { describe, expect, it } from 'vitest';
import { asOnbuild, lint } from '../testing/lint.js';
import { rule } from './dop081-cd-in-run.js';

describe('DOP081 cd-in-run', () => {
  it('fires on cd followed by other commands', () => {
    expect(lint(rule, 'FROM x:1\nRUN cd /src && make')).toHaveLength(1);
    expect(lint(rule, 'FROM x:1\nRUN apt-get update; cd /tmp; ls')).toHaveLength(1);
    expect(lint(rule, asOnbuild('FROM x:1\nRUN cd /src && make'))).toHaveLength(1);
  });

  it('does not fire in subshells, with cd -, or when cd is alone', () => {
    expect(lint(rule, 'FROM x:1\nRUN (cd /src && make) && echo done')).toEqual([]);
    expect(lint(rule, 'FROM x:1\nRUN cd /tmp && make && cd -')).toEqual([]);
    expect(lint(rule, 'FROM x:1\nRUN sh -c "cd /src && make"')).toEqual([]);
  });

  it('honours hadolint and Trivy ids', () => {
    expect(lint(rule, 'FROM x:1\n# hadolint ignore=DL3003\nRUN cd /src && make')).toEqual([]);
    expect(lint(rule, 'FROM x:1\nRUN cd /src && make', { disabledRules: ['DS-0013'] })).toEqual([]);
  });
});
