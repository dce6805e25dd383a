import { describe, expect, it } from 'vitest';
import { asOnbuild, lint } from '../testing/lint.js';
import { rule } from './dop084-pointless-command.js';

describe('DOP084 pointless-command', () => {
  it('fires on interactive or service commands', () => {
    for (const run of ['service nginx start', 'vim /etc/x', 'ps aux', 'apt-get update && shutdown -h now']) {
      expect(lint(rule, `FROM x:1\nRUN ${run}`), run).toHaveLength(1);
    }
  });

  it('does not fire on similar but useful commands or as arguments', () => {
    for (const run of [
      'ssh-keygen -A',
      'ssh-keyscan github.com >> /root/.ssh/known_hosts',
      'apt-get install -y vim',
      'ssh -V',
      'echo service',
    ]) {
      expect(lint(rule, `FROM x:1\nRUN ${run}`), run).toEqual([]);
    }
  });

  it('honours the hadolint id', () => {
    expect(lint(rule, 'FROM x:1\n# hadolint ignore=DL3001\nRUN service nginx start')).toEqual([]);
  });

  it('names the command, once per command, and reads ONBUILD and sh -c', () => {
    const found = lint(rule, 'FROM x:1\nRUN service nginx start && ps aux');
    expect(found).toHaveLength(2);
    expect(found[0]!.message.en).toBe('`service` has no lasting effect in a build step.');
    expect(lint(rule, asOnbuild('FROM x:1\nRUN service nginx start'))).toHaveLength(1);
    expect(lint(rule, 'FROM x:1\nRUN ["sh", "-c", "sudo service nginx start"]')).toHaveLength(1);
  });
});
