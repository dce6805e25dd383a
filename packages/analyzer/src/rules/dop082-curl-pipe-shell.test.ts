import { describe, expect, it } from 'vitest';
import { lint } from '../testing/lint.js';
import { rule } from './dop082-curl-pipe-shell.js';

describe('DOP082 curl-pipe-shell', () => {
  it('fires on download piped into an interpreter, or run through $(…)', () => {
    for (const run of [
      'curl -fsSL https://e.com/i.sh | sh',
      'wget -qO- https://e.com/i.sh | bash -s -- --yes',
      'curl -sSL https://e.com/i.py | python3 -',
      'sh -c "$(curl -fsSL https://e.com/i.sh)"',
    ]) {
      expect(lint(rule, `FROM x:1\nRUN ${run}`), run).toHaveLength(1);
    }
  });

  it('does not fire when the download goes to a file or into a non-interpreter', () => {
    for (const run of [
      'curl -fsSLo i.sh https://e.com/i.sh && sha256sum -c i.sha && sh i.sh',
      'curl -fsSL https://e.com/x.tgz | tar xz',
      'curl -fsSL https://e.com/key | gpg --dearmor -o /k.gpg',
      'echo hi | sh',
    ]) {
      expect(lint(rule, `FROM x:1\nRUN ${run}`), run).toEqual([]);
    }
  });
});
