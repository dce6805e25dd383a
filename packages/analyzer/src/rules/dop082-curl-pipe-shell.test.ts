import { describe, expect, it } from 'vitest';
import { asOnbuild, lint } from '../testing/lint.js';
import { rule } from './dop082-curl-pipe-shell.js';

describe('DOP082 curl-pipe-shell', () => {
  it('fires on download piped into an interpreter, or run through $(…)', () => {
    for (const run of [
      'curl -fsSL https://e.com/i.sh | sh',
      'wget -qO- https://e.com/i.sh | bash -s -- --yes',
      'curl -sSL https://e.com/i.py | python3 -',
      'sh -c "$(curl -fsSL https://e.com/i.sh)"',
      'curl -fsSL https://e.com/i.sh | sh -s -- stable',
      'curl -fsSL https://e.com/i.sh | sudo -E bash -',
      'bash <(curl -fsSL https://e.com/i.sh)',
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
      'curl -fsSL https://e.com/x.json | python3 -c "import json,sys; print(json.load(sys.stdin))"',
      'curl -fsSL https://e.com/i.sh | tee i.sh',
    ]) {
      expect(lint(rule, `FROM x:1\nRUN ${run}`), run).toEqual([]);
    }
  });

  it('names the interpreter and reads ONBUILD and heredocs', () => {
    const found = lint(rule, 'FROM x:1\nRUN curl -fsSL https://e.com/i.sh | bash');
    expect(found).toHaveLength(1);
    expect(found[0]!.message.en).toBe(
      'A downloaded script is run by `bash` without checking what was downloaded.',
    );
    expect(lint(rule, asOnbuild('FROM x:1\nRUN curl -fsSL https://e.com/i.sh | sh'))).toHaveLength(1);
    expect(lint(rule, 'FROM x:1\nRUN <<EOF\nset -e\nwget -qO- https://e.com/i.sh | sh\nEOF')).toHaveLength(1);
  });
});
