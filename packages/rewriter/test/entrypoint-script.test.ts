import { describe, expect, it } from 'vitest';
import { rewrite } from '../src/rewrite.js';

const SHELL_SCRIPT = 'FROM node:22-slim\nWORKDIR /app\nCOPY . .\nENTRYPOINT ./start.sh\n';

describe('an entrypoint script that starts the app without exec (DOP043)', () => {
  it('gets exec written into a heredoc script, for review', () => {
    const text =
      'FROM node:22-slim\nCOPY <<\'EOF\' /entrypoint.sh\n#!/bin/sh\necho starting\n"$@"\nEOF\nENTRYPOINT ["/entrypoint.sh"]\nCMD ["node", "server.js"]\n';
    const r = rewrite(text);
    expect(r.output).toContain('echo starting\nexec "$@"\nEOF');
    const change = r.changes.find((c) => c.resolves.includes('DOP043'));
    expect(change?.risk).toBe('review');
  });

  it('is told, not written, when the script is a file of the build context', () => {
    const context = {
      files: ['package.json', 'server.js', 'start.sh'],
      texts: { 'package.json': '{"name":"x"}', 'start.sh': '#!/bin/sh\nnode /app/server.js\n' },
    };
    const r = rewrite(SHELL_SCRIPT, { context });
    expect(r.output).toContain('ENTRYPOINT ["./start.sh"]');
    const note = r.notes.find((n) => n.message.en.includes('start.sh ends with a command that is not exec'));
    expect(note?.message.en).toContain('Write `exec node /app/server.js`');
    expect(note?.message.en).toContain('edit start.sh yourself');
    expect(note?.message.ko).toContain('start.sh 파일은 직접 고치세요');
    // a script that execs needs no note, nor does a rewrite without the context
    const execs = { ...context, texts: { ...context.texts, 'start.sh': 'exec node /app/server.js\n' } };
    expect(
      rewrite(SHELL_SCRIPT, { context: execs }).notes.filter((n) => n.message.en.includes('start.sh')),
    ).toEqual([]);
    expect(rewrite(SHELL_SCRIPT).notes.filter((n) => n.message.en.includes('start.sh'))).toEqual([]);
  });
});
