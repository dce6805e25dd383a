import { describe, expect, it } from 'vitest';
import { buildModel } from '../model/build.js';
import { exclusive } from './command.js';
import { parseShell } from './parse.js';
import { joinContinuations, mapped } from './source.js';

const names = (s: string) => parseShell(mapped(s, 0)).commands.map((c) => c.name);
const argvOf = (s: string) => parseShell(mapped(s, 0)).commands.map((c) => c.argv.map((w) => w.value));

describe('parseShell', () => {
  it('splits lists and pipelines', () => {
    expect(names('apt-get update && apt-get install -y curl || true; echo a | tee b')).toEqual([
      'apt-get',
      'apt-get',
      'true',
      'echo',
      'tee',
    ]);
    const s = parseShell(mapped('curl -fsSL x | sh', 0));
    expect(s.commands.map((c) => c.pipeline.size)).toEqual([2, 2]);
    expect(s.commands[1]!.connector).toBe('|');
  });

  it('removes quotes and keeps spans in original coordinates', () => {
    const text = `echo "a b" 'c' d\\ e`;
    const s = parseShell(mapped(text, 100));
    const w = s.commands[0]!.argv;
    expect(w.map((x) => x.value)).toEqual(['echo', 'a b', 'c', 'd e']);
    expect(w[1]!.span).toEqual({ start: 105, end: 110 });
    expect(w[1]!.quoted).toBe(true);
  });

  it('follows Dockerfile line continuations and drops comment lines', () => {
    const text = 'apt-get update \\\n  # a comment\n  && apt-get install -y \\\n     curl';
    const src = joinContinuations(text, 10, '\\');
    const s = parseShell(src);
    expect(s.commands.map((c) => c.argv.map((w) => w.value))).toEqual([
      ['apt-get', 'update'],
      ['apt-get', 'install', '-y', 'curl'],
    ]);
    const curl = s.commands[1]!.argv[3]!;
    expect(text.slice(curl.span.start - 10, curl.span.end - 10)).toBe('curl');
  });

  it('unwraps sudo, env and assignments', () => {
    const s = parseShell(mapped('DEBIAN_FRONTEND=noninteractive sudo -E env A=1 apt-get install -y x', 0));
    const c = s.commands[0]!;
    expect(c.name).toBe('apt-get');
    expect(c.wrappers).toEqual(['sudo', 'env']);
    expect(c.assignments.map((a) => a.value)).toEqual(['DEBIAN_FRONTEND=noninteractive', 'A=1']);
    expect(c.args.map((a) => a.value)).toEqual(['install', '-y', 'x']);
  });

  it('parses sh -c scripts and command substitutions as nested commands', () => {
    const text = `sh -c "apt-get update && apt-get install -y curl" && echo $(uname -m)`;
    const s = parseShell(mapped(text, 0));
    expect(s.commands.map((c) => `${c.context}:${c.name}`)).toEqual([
      'top:sh',
      'sh-c:apt-get',
      'sh-c:apt-get',
      'top:echo',
      'substitution:uname',
    ]);
    const install = s.commands[2]!;
    expect(text.slice(install.span.start, install.span.end)).toBe('apt-get install -y curl');
  });

  it('handles compound commands', () => {
    expect(names('if [ -f x ]; then rm x; else touch x; fi')).toEqual(['[', 'rm', 'touch']);
    expect(names('for f in a b c; do echo $f; done')).toEqual(['echo']);
    expect(names('case "$ARCH" in amd64) A=x ;; arm64|aarch64) A=y ;; *) exit 1 ;; esac; echo done')).toEqual(
      ['', '', 'exit', 'echo'],
    );
    expect(names('(cd /x && make) && { echo a; echo b; }')).toEqual(['cd', 'make', 'echo', 'echo']);
  });

  it('reads redirections and here-documents', () => {
    const s = parseShell(mapped('cat > /etc/x <<EOF\nline $HOME\nEOF\necho 2>&1 done', 0));
    expect(s.commands.map((c) => c.name)).toEqual(['cat', 'echo']);
    expect(s.commands[0]!.redirects.map((r) => r.op)).toEqual(['>', '<<']);
    expect(s.commands[1]!.redirects[0]!.fd).toBe(2);
    expect(argvOf('echo 2>&1 done')).toEqual([['echo', 'done']]);
  });

  it('reports unterminated quotes without throwing', () => {
    const s = parseShell(mapped('echo "abc', 0));
    expect(s.problems).toHaveLength(1);
    expect(s.commands[0]!.argv.map((w) => w.value)).toEqual(['echo', 'abc']);
    expect(parseShell(mapped("echo 'x", 0)).problems[0]!.message).toMatch(/single quote/);
    expect(parseShell(mapped('echo $(foo', 0)).problems.length).toBeGreaterThan(0);
  });

  it("understands $'…' and ${…}", () => {
    expect(argvOf("printf $'a\\tb' ${X:-y z}")).toEqual([['printf', 'a\tb', '${X:-y z}']]);
  });

  it("pipes the output of a group or loop on: the group's last command stands for it", () => {
    for (const text of [
      '( cd /x && tar c . ) | gzip > a',
      '{ echo a; echo b; } | sort',
      'for f in a b; do cat $f; done | wc -l',
    ]) {
      const s = parseShell(mapped(text, 0));
      const last = s.commands.at(-1)!;
      expect(last.connector, text).toBe('|');
      expect(last.pipeline.size, text).toBe(2);
      expect(last.pipeline.index, text).toBe(1);
    }
    // A group followed by && is not a pipe.
    const s = parseShell(mapped('( a ) && b', 0));
    expect(s.commands.map((c) => c.pipeline.size)).toEqual([1, 1]);
  });

  it('parses the substitutions inside assignments', () => {
    expect(names('v="$(curl -fsSL x | sha256sum)"')).toEqual(['', 'curl', 'sha256sum']);
    const s = parseShell(mapped('v="$(curl -fsSL x | sha256sum)"', 0));
    expect(s.commands.find((c) => c.name === 'curl')!.pipeline.size).toBe(2);
  });

  it('parses the script of su -c and runuser -c', () => {
    expect(names(`su postgres -c "npm install -g eslint"`)).toEqual(['su', 'npm']);
    expect(names(`su -s /bin/sh -c 'apk add curl' app`)).toEqual(['su', 'apk']);
    expect(names('su app')).toEqual(['su']);
  });

  it('sees the program xargs runs', () => {
    const s = parseShell(mapped('cat list | xargs -r -n 1 apt-get install -y', 0));
    const cmd = s.commands[1]!;
    expect(cmd.name).toBe('apt-get');
    expect(cmd.wrappers).toEqual(['xargs']);
    expect(cmd.args.map((a) => a.value)).toEqual(['install', '-y']);
  });

  it('records the if and case arms a command sits in', () => {
    const s = parseShell(
      mapped('if a; then b; elif c; then d; else e; fi; case $x in p) f ;; q|r) g ;; esac; h', 0),
    );
    const arms = Object.fromEntries(s.commands.map((c) => [c.name, c.branches.map((b) => b.arm)]));
    expect(arms).toEqual({ a: [0], b: [1], c: [2], d: [2], e: [3], f: [1], g: [2], h: [] });
    const by = (n: string) => s.commands.find((c) => c.name === n)!;
    expect(exclusive(by('b'), by('e'))).toBe(true);
    expect(exclusive(by('a'), by('e'))).toBe(false); // the condition always runs
    expect(exclusive(by('f'), by('g'))).toBe(true);
    expect(exclusive(by('b'), by('f'))).toBe(false); // different groups
    expect(exclusive(by('g'), by('h'))).toBe(false);
  });

  it('gives the commands of sh -c and $(…) the arms of the command around them', () => {
    const s = parseShell(mapped(`case $a in x) su app -c "curl e" ;; *) v=$(wget -O- e) ;; esac`, 0));
    const curl = s.commands.find((c) => c.name === 'curl')!;
    const wget = s.commands.find((c) => c.name === 'wget')!;
    expect(curl.branches.map((b) => b.arm)).toEqual([1]);
    expect(exclusive(curl, wget)).toBe(true);
  });
});

describe('exec-form RUN', () => {
  it('is one command whose words are the JSON strings, run without a shell', () => {
    const m = buildModel('FROM x\nRUN ["sudo", "apt-get", "install", "-y", "a b"]\n');
    const [cmd, ...rest] = m.instructions[1]!.shell!.commands;
    expect(rest).toEqual([]);
    expect(cmd!.context).toBe('exec');
    expect(cmd!.name).toBe('apt-get');
    expect(cmd!.wrappers).toEqual(['sudo']);
    expect(cmd!.args.map((a) => a.value)).toEqual(['install', '-y', 'a b']);
    expect(m.text.slice(cmd!.span.start, cmd!.span.end)).toBe('"sudo", "apt-get", "install", "-y", "a b"');
  });

  it('keeps reading `sh -c` in exec form as a script, and is read under ONBUILD too', () => {
    const sh = buildModel('FROM x\nRUN ["sh", "-c", "a && b"]\n').instructions[1]!.shell!.commands;
    expect(sh.map((c) => [c.name, c.context])).toEqual([
      ['a', 'sh-c'],
      ['b', 'sh-c'],
    ]);
    const trigger = buildModel('FROM x\nONBUILD RUN ["apk", "add", "curl"]\n').instructions[1]!.trigger!;
    expect(trigger.shell!.commands.map((c) => c.name)).toEqual(['apk']);
  });
});

describe('a case inside a command substitution', () => {
  it('is no syntax error, in an assignment or an argument', () => {
    for (const script of [
      'A=$(case "${ARCH}" in amd64) echo x86_64;; *) echo ${ARCH};; esac); wget -O x "$A"',
      'echo $(case "$x" in a) echo 1;; esac)',
    ]) {
      expect(parseShell(mapped(script, 0)).problems, script).toEqual([]);
    }
    expect(parseShell(mapped('echo a;; echo b', 0)).problems.map((p) => p.message)).toEqual([
      'syntax error: ";;" outside a case statement',
    ]);
  });
});

describe('the parser reused from one script to the next', () => {
  it('reads nested scripts while the outer one goes on, and the next script afresh', () => {
    const script = 'X="$(a $(b | c) `d`)" sh -c "e && f $(g)" 2>&1 | h <<EOF\ni\nEOF\nbash <<X\nj; k\nX\nl';
    const first = parseShell(mapped(script, 0));
    expect(first.commands.map((c) => [c.name, c.context, c.depth])).toEqual([
      ['sh', 'top', 0],
      ['a', 'substitution', 1],
      ['b', 'substitution', 2],
      ['c', 'substitution', 2],
      ['d', 'substitution', 2],
      ['e', 'sh-c', 1],
      ['f', 'sh-c', 1],
      // `$(g)` is a substitution of the outer word and of the `sh -c` script.
      ['g', 'substitution', 1],
      ['g', 'substitution', 2],
      ['h', 'top', 0],
      ['bash', 'top', 0],
      ['j', 'heredoc', 1],
      ['k', 'heredoc', 1],
      ['l', 'top', 0],
    ]);
    expect(parseShell(mapped('m "n o"', 0)).commands.map((c) => c.argv.map((w) => w.raw))).toEqual([
      ['m', '"n o"'],
    ]);
    expect(parseShell(mapped(script, 0))).toEqual(first);
  });

  it('keeps a word without quotes or escapes as its own raw text, and others as written', () => {
    const [cmd] = parseShell(mapped('a\\ b "c"d e$x $\'\\n\' 2>>f', 4)).commands;
    expect(cmd!.argv.map((w) => [w.value, w.raw, w.span.start])).toEqual([
      ['a b', 'a\\ b', 4],
      ['cd', '"c"d', 9],
      ['e$x', 'e$x', 14],
      ['\n', "$'\\n'", 18],
    ]);
    expect(cmd!.redirects.map((r) => [r.op, r.fd, r.target?.value])).toEqual([['>>', 2, 'f']]);
  });

  it('maps the words of a `sh -c` script written in several quoted pieces back to the text', () => {
    const script = `sh -c "ls "'-l /tmp'\\\n' x'`;
    const inner = parseShell(mapped(script, 10)).commands.filter((c) => c.context === 'sh-c');
    expect(inner.flatMap((c) => c.argv.map((w) => [w.value, w.span.start - 10, w.span.end - 10]))).toEqual([
      ['ls', 7, 9],
      ['-l', 12, 14],
      ['/tmp', 15, 19],
      ['x', 24, 25],
    ]);
  });

  it('shares frozen empty lists, so no rule can add to another command’s', () => {
    const [cmd] = parseShell(mapped('a b', 0)).commands;
    for (const list of [cmd!.assignments, cmd!.redirects, cmd!.wrappers, cmd!.branches])
      expect(Object.isFrozen(list) && list.length === 0).toBe(true);
  });
});

describe('programs named like the properties of an object', () => {
  it('are programs, not wrappers', () => {
    for (const script of ['constructor -x apt-get', 'toString', 'hasOwnProperty -v y', '__proto__ -u x y']) {
      const [cmd] = parseShell(mapped(script, 0)).commands;
      expect([cmd!.name, cmd!.programIndex, cmd!.wrappers], script).toEqual([script.split(' ')[0], 0, []]);
    }
  });
});
