import { describe, expect, it } from 'vitest';
import { asOnbuild, lint } from '../testing/lint.js';
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
      'chmod 01777 /tmp',
      'chmod --reference=/a /b',
      'chmod',
    ]) {
      expect(lint(rule, `FROM x:1\nRUN ${run}`), run).toEqual([]);
    }
  });

  it('says which bit: setuid runs as the owner, setgid as the group', () => {
    expect(lint(rule, 'FROM x:1\nRUN chmod 4755 /usr/local/bin/x')[0]!.message.en).toBe(
      "`chmod 4755` makes a program run with its owner's rights (often root).",
    );
    expect(lint(rule, 'FROM x:1\nRUN chmod g+s /srv/shared')[0]!.message.en).toContain("group's rights");
    expect(lint(rule, 'FROM x:1\nRUN chmod 06755 /x')[0]!.message.en).toContain("owner's rights");
  });

  it('reads ONBUILD, sh -c and ONBUILD COPY --chmod', () => {
    expect(lint(rule, asOnbuild('FROM x:1\nRUN chmod u+s /bin/x'))).toHaveLength(1);
    expect(lint(rule, 'FROM x:1\nRUN ["sh", "-c", "chmod u+s /bin/x"]')).toHaveLength(1);
    expect(lint(rule, 'FROM x:1\nONBUILD COPY --chmod=6755 a /a')).toHaveLength(1);
  });
});
