import { describe, expect, it } from 'vitest';
import type { BuildContext } from '../context/types.js';
import { fixed, lint } from '../testing/lint.js';
import { rule } from './dop043-entrypoint-script-without-exec.js';

const heredoc = (script: string, tail = 'ENTRYPOINT ["/entrypoint.sh"]\nCMD ["node", "server.js"]\n') =>
  `FROM node:22-slim\nCOPY <<'EOF' /entrypoint.sh\n${script}EOF\nRUN chmod +x /entrypoint.sh\n${tail}`;

const ctx = (texts: Record<string, string>, more: string[] = []): BuildContext => ({
  files: ['package.json', 'server.js', ...Object.keys(texts), ...more],
  texts: { 'package.json': '{"name":"x"}', ...texts },
});

describe('DOP043 entrypoint-script-without-exec', () => {
  it('fires on a heredoc script whose last command runs without exec, "$@" included', () => {
    const args = lint(rule, heredoc('#!/bin/sh\necho starting\n"$@"\n'));
    expect(args).toHaveLength(1);
    expect(args[0]?.range.start.line).toBe(5);
    expect(args[0]?.message.en).toContain('`"$@"` runs the container\'s command');
    const node = lint(rule, heredoc('#!/bin/bash\nset -e\nnode /app/server.js --port 80\n'));
    expect(node[0]?.message.en).toContain('Write `exec node /app/server.js --port 80`');
    // the same script under CMD when there is no ENTRYPOINT, and under `sh script`
    expect(lint(rule, heredoc('node server.js\n', 'CMD ["/entrypoint.sh"]\n'))).toHaveLength(1);
    expect(lint(rule, heredoc('node server.js\n', 'ENTRYPOINT ["sh", "/entrypoint.sh"]\n'))).toHaveLength(1);
    // a shell-form ENTRYPOINT (DOP040's finding too) and a relative path resolved by WORKDIR
    expect(
      lint(
        rule,
        "FROM node:22-slim\nWORKDIR /app\nCOPY <<'EOF' start.sh\nnode server.js\nEOF\nENTRYPOINT ./start.sh\n",
      ),
    ).toHaveLength(1);
  });

  it('adds exec to a heredoc script, for review', () => {
    const [f] = lint(rule, heredoc('#!/bin/sh\necho starting\n"$@"\n'));
    expect(f?.fix?.safety).toBe('review');
    expect(fixed(rule, heredoc('#!/bin/sh\necho starting\n"$@"\n'))).toBe(
      heredoc('#!/bin/sh\necho starting\nexec "$@"\n'),
    );
    expect(fixed(rule, heredoc('cd /app && node server.js\n'))).toBe(
      heredoc('cd /app && exec node server.js\n'),
    );
    // `FOO=1 exec …` is not the same as `exec FOO=1 …`: reported without a fix
    const assigned = lint(rule, heredoc('PORT=80 node server.js\n'));
    expect(assigned).toHaveLength(1);
    expect(assigned[0]?.fix).toBeUndefined();
  });

  it('is quiet when the script execs, traps the stop signal or ends otherwise', () => {
    for (const script of [
      '#!/bin/sh\necho starting\nexec "$@"\n',
      '#!/bin/sh\nexec gosu node "$@"\n',
      '#!/bin/sh\ntrap \'kill -TERM "$child"; wait "$child"\' TERM INT\n"$@" &\nchild=$!\nwait "$child"\n',
      '#!/bin/sh\ncleanup() { kill -TERM "$child"; }\ntrap cleanup SIGTERM\nnode server.js\n',
      '#!/bin/sh\nif [ "$1" = serve ]; then\n  exec node server.js\nfi\n',
      '#!/bin/sh\nnode server.js &\n',
      '#!/bin/sh\nnode server.js | tee /log\n',
      '#!/bin/sh\nstart() { node server.js; }\nstart\n',
      '#!/bin/sh\nnode migrate.js\necho done\n',
      '#!/usr/bin/env python3\nimport os\n',
      '#!/bin/sh\n# nothing to run\n',
    ]) {
      expect(lint(rule, heredoc(script)), script).toEqual([]);
    }
  });

  it('reads the script from the build context when it is given, and says which file', () => {
    const file = 'FROM node:22-slim\nWORKDIR /app\nCOPY . .\nENTRYPOINT ["./start.sh"]\n';
    const context = ctx({ 'start.sh': '#!/bin/sh\necho "starting"\nnode /app/server.js\n' });
    const [f] = lint(rule, file, { context });
    expect(f?.range.start.line).toBe(4);
    expect(f?.contextFiles).toEqual([{ path: 'start.sh', line: 3 }]);
    expect(f?.message.en).toContain('The entrypoint script start.sh ends with a command that is not exec');
    expect(f?.fix).toBeUndefined();
    // named copies, into a folder and to a file
    expect(
      lint(
        rule,
        'FROM node:22-slim\nCOPY docker/run.sh /usr/local/bin/\nENTRYPOINT ["/usr/local/bin/run.sh"]\n',
        {
          context: ctx({ 'docker/run.sh': 'node server.js\n' }),
        },
      ),
    ).toHaveLength(1);
    expect(
      lint(rule, 'FROM node:22-slim\nCOPY docker/run.sh /entry\nENTRYPOINT ["/entry"]\n', {
        context: ctx({ 'docker/run.sh': 'node server.js\n' }),
      }),
    ).toHaveLength(1);
    // a bare name in exec form is looked up in PATH
    const onPath =
      'FROM node:22-slim\nCOPY docker-entrypoint.sh /usr/local/bin/\nENTRYPOINT ["docker-entrypoint.sh"]\nCMD ["node", "server.js"]\n';
    const found = lint(rule, onPath, {
      context: ctx({ 'docker-entrypoint.sh': '#!/bin/sh\nset -e\n"$@"\n' }),
    });
    expect(found[0]?.contextFiles).toEqual([{ path: 'docker-entrypoint.sh', line: 3 }]);
    expect(
      lint(rule, onPath, { context: ctx({ 'docker-entrypoint.sh': '#!/bin/sh\nexec "$@"\n' }) }),
    ).toEqual([]);
    // without the context, or with the script execing, nothing
    expect(lint(rule, file)).toEqual([]);
    expect(lint(rule, file, { context: ctx({ 'start.sh': 'exec node /app/server.js\n' }) })).toEqual([]);
    // a file listed but not read, or a later copy the rule cannot see, proves nothing
    expect(lint(rule, file, { context: ctx({}, ['start.sh']) })).toEqual([]);
    expect(
      lint(
        rule,
        'FROM node:22-slim\nWORKDIR /app\nCOPY . .\nCOPY --from=tools /start.sh ./\nENTRYPOINT ["./start.sh"]\n',
        {
          context: ctx({ 'start.sh': 'node server.js\n' }),
        },
      ),
    ).toEqual([]);
  });

  it('reads the start command of the final stage only, inherited ones included', () => {
    const text =
      'FROM node:22-slim AS base\nCOPY <<\'EOF\' /run.sh\nnode server.js\nEOF\nENTRYPOINT ["/run.sh"]\nFROM base\nENV X=1\n';
    expect(lint(rule, text)).toHaveLength(1);
    expect(lint(rule, `${text}FROM node:22-slim\nCMD ["node", "server.js"]\n`)).toEqual([]);
  });
});
