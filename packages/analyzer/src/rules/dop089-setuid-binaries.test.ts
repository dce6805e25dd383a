import { describe, expect, it } from 'vitest';
import { lint } from '../testing/lint.js';
import { rule } from './dop089-setuid-binaries.js';

describe('DOP089 setuid-binaries', () => {
  it('fires on modes that add setuid/setgid', () => {
    for (const run of [
      'chmod u+s /bin/x',
      'chmod g+s /srv',
      'chmod +s /bin/x',
      'chmod 4755 /bin/x',
      'chmod 2775 /srv',
      'chmod -R u=rwxs /x',
    ]) {
      expect(lint(rule, `FROM x:1\nRUN ${run}`), run).toHaveLength(1);
    }
    expect(lint(rule, 'FROM x:1\nCOPY --chmod=4755 a /a')).toHaveLength(1);
  });

  it('does not fire on ordinary modes or on removing the bits', () => {
    for (const run of [
      'chmod 755 /bin/x',
      'chmod 0755 /bin/x',
      'chmod a-s /bin/x',
      'chmod u+x /bin/x',
      'chmod 1777 /tmp',
    ]) {
      expect(lint(rule, `FROM x:1\nRUN ${run}`), run).toEqual([]);
    }
  });
});
