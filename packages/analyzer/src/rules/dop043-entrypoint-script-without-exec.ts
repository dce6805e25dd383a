import { DEFAULT_PATH } from '../knowledge/toolchains.js';
import type { ContextView } from '../context/view.js';
import { trimTrailingSlashes } from '../model/paths.js';
import type { DockerfileModel, InstructionNode } from '../model/types.js';
import { parseShell } from '../shell/parse.js';
import { mapped } from '../shell/source.js';
import type { SimpleCommand } from '../shell/types.js';
import type { Localized, Span } from '../types.js';
import { defineRule } from './define.js';
import { copiesFromElsewhere, copySources, resolvePath, workdirAt } from './support/layers.js';
import { lineageInstructions } from './support/users.js';

/** Shells that run a script the way the rule reads it (POSIX `exec`, `trap`, `"$@"`). */
const POSIX_SHELL = /(^|\/)(sh|bash|dash|ash)$/;

/**
 * Last commands that are not "the program": builtins that finish the script (`wait` is the end of
 * the trap-and-forward pattern), and words that end a compound command the parser flattens.
 */
const NOT_THE_PROGRAM = new Set([
  'exit',
  'return',
  'wait',
  'echo',
  'printf',
  'true',
  'false',
  ':',
  'set',
  'shift',
  'export',
  'unset',
  'cd',
  'trap',
  'read',
  'test',
  '[',
  'source',
  '.',
  'eval',
  'exec',
  'local',
  'kill',
]);

/** Signals a trap must name for the script to count as forwarding the stop signal. */
const STOP_SIGNALS = new Set(['TERM', 'SIGTERM', '15', 'INT', 'SIGINT', '2']);

interface Script {
  /** The script as the image holds it. */
  imagePath: string;
  text: string;
  /** Where the text starts in the Dockerfile (a heredoc), or null (a file of the build context). */
  base: number | null;
  /** The build-context file it was copied from. */
  contextFile: string | null;
}

/** The script an exec-form or one-command ENTRYPOINT/CMD starts, with the shell it runs under. */
function startedScript(ins: InstructionNode): { path: string; shell: string | null } | null {
  const words = ins.json
    ? ins.json.map((w) => w.value)
    : ins.shell?.commands.length === 1
      ? ins.shell.commands[0]!.argv.map((w) => w.value)
      : null;
  if (!words || words.length === 0) return null;
  if (words[0] === 'exec') words.shift();
  const [first, second] = words;
  if (!first) return null;
  if (POSIX_SHELL.test(first)) {
    // `sh -c "…"` runs a command line, not a script file.
    if (!second || second.startsWith('-')) return null;
    return { path: second, shell: first };
  }
  return { path: first, shell: null };
}

/** The paths in the image a started name may mean: itself, or for a bare name each PATH folder's. */
function candidatePaths(
  model: DockerfileModel,
  entry: InstructionNode,
  started: { path: string; shell: string | null },
) {
  // A shell reads a bare script name from the working directory; exec looks it up in PATH.
  if (started.path.includes('/') || started.shell) {
    const p = resolvePath(workdirAt(model, entry), started.path);
    return p ? [p] : [];
  }
  return DEFAULT_PATH.map((d) => `${d}/${started.path}`);
}

function basename(p: string): string {
  return p.slice(p.lastIndexOf('/') + 1);
}

interface Copy {
  ins: InstructionNode;
  ops: NonNullable<ReturnType<typeof copySources>>;
  /** The destination in the image, resolved against the copy's working directory. */
  dest: string;
}

/** The last instruction of `list` with this keyword. */
function lastOf(list: readonly InstructionNode[], keyword: string): InstructionNode | undefined {
  for (let n = list.length - 1; n >= 0; n--) if (list[n]!.keyword === keyword) return list[n];
  return undefined;
}

/** The COPY and ADD instructions before `entry` in its stage lineage, the latest first (read once for every path asked). */
function copiesBefore(model: DockerfileModel, entry: InstructionNode): Copy[] {
  const stage = model.stages[entry.stage];
  if (!stage) return [];
  // The lineage's instructions are a shared fact (build order): walked backwards, the latest first.
  const list = lineageInstructions(model, stage);
  const out: Copy[] = [];
  for (let n = list.length - 1; n >= 0; n--) {
    const ins = list[n]!;
    if ((ins.keyword !== 'COPY' && ins.keyword !== 'ADD') || ins.index >= entry.index) continue;
    const ops = copySources(ins);
    if (!ops) continue;
    const dest = resolvePath(workdirAt(model, ins), ops.dest.value);
    if (dest) out.push({ ins, ops, dest });
  }
  return out;
}

/**
 * The text of the file at `imagePath` as the latest COPY before `entry` put it there: a heredoc of
 * the Dockerfile, or a file of the build context that was read. Null when the copy that made it
 * cannot be seen (a variable, another stage, an unread file): an earlier copy may be overwritten.
 */
function scriptAt(copies: readonly Copy[], imagePath: string, view: ContextView | null): Script | null {
  for (const { ins, ops, dest } of copies) {
    const intoFolder = ops.dest.value.endsWith('/') || ops.sources.length > 1;
    for (const s of ops.sources) {
      if (s.heredoc) {
        const name = s.value.replace(/^<<-?/, '').replace(/^["']|["']$/g, '');
        const target = intoFolder ? `${dest}/${name}` : dest;
        if (target !== imagePath) continue;
        const doc = ins.heredocs.find((h) => h.name === name);
        if (!doc?.closed || !doc.contentSpan) return null;
        return { imagePath, text: doc.content, base: doc.contentSpan.start, contextFile: null };
      }
      if (ins.keyword === 'ADD' || s.url || s.variable || copiesFromElsewhere(ins)) {
        // A copy we cannot read may well be the one that writes the script.
        if (imagePath === dest || imagePath.startsWith(`${dest}/`)) return null;
        continue;
      }
      if (!view || !(imagePath === dest || imagePath.startsWith(`${dest}/`))) continue;
      const match = view.source(s.value);
      const src = trimTrailingSlashes(s.value.replace(/^\.?\/+/, ''));
      const single = match.sent.length === 1 && match.sent[0] === src;
      let file: string | null;
      if (single)
        file = intoFolder
          ? imagePath === `${dest}/${basename(src)}`
            ? src
            : null
          : imagePath === dest
            ? src
            : null;
      else {
        const rel = imagePath.slice(dest.length + 1);
        file = src === '.' || src === '' ? rel : `${src}/${rel}`;
      }
      if (!file || !match.sent.includes(file)) {
        if (match.unknown) return null;
        continue;
      }
      const text = view.text(file);
      return text === undefined ? null : { imagePath, text, base: null, contextFile: file };
    }
  }
  return null;
}

interface Verdict {
  cmd: SimpleCommand;
  /** The text of the command as written, for the message. */
  shown: string;
  /** Whether `exec ` can be written in front of it as it stands. */
  prefixable: boolean;
}

/** The command that ends the script when it starts a program without `exec`; null when it execs, traps or ends otherwise. */
function lastCommandWithoutExec(script: Script, shell: string | null): Verdict | null {
  const shebang = /^#!\s*(\S+)(?:\s+(\S+))?/.exec(script.text);
  const interpreter = shell ?? (shebang ? (basename(shebang[1]!) === 'env' ? shebang[2] : shebang[1]) : 'sh');
  if (!interpreter || !POSIX_SHELL.test(interpreter)) return null;
  const parsed = parseShell(mapped(script.text, 0));
  if (parsed.problems.length > 0) return null;
  const top = parsed.commands.filter((c) => c.depth === 0 && c.context === 'top');
  // A script that traps the stop signal handles it itself (and usually forwards it, then waits).
  const traps = top.some(
    (c) => c.name === 'trap' && c.args.slice(1).some((a) => STOP_SIGNALS.has(a.value.toUpperCase())),
  );
  if (traps) return null;
  const cmd = top.reduce<SimpleCommand | null>((a, c) => (!a || c.span.end > a.span.end ? c : a), null);
  if (!cmd || cmd.argv.length === 0 || cmd.branches.length > 0 || cmd.pipeline.size > 1) return null;
  // Whatever follows (`fi`, `done`, `}`, `&`) means it is not simply the script's last command.
  const tail = script.text
    .slice(cmd.span.end)
    .replace(/#[^\n]*/g, '')
    .replace(/[\s;]/g, '');
  if (tail !== '') return null;
  if (cmd.wrappers.includes('exec') || cmd.argv[0]!.value === 'exec') return null;
  const name = cmd.argv[cmd.programIndex]?.value ?? '';
  if (NOT_THE_PROGRAM.has(name)) return null;
  // `exec` runs a program, not a function of the script.
  const fn = new RegExp(`(^|[\\s;])(function\\s+)?${name.replace(/[^\w-]/g, '\\$&')}\\s*\\(\\s*\\)`, 'm');
  if (fn.test(script.text)) return null;
  const shown = script.text.slice(cmd.span.start, cmd.span.end).replace(/\s+/g, ' ').trim();
  return {
    cmd,
    shown: shown.length > 60 ? `${shown.slice(0, 57)}…` : shown,
    prefixable: cmd.assignments.length === 0 && cmd.connector !== '&',
  };
}

function message(script: Script, v: Verdict): Localized {
  const where = script.contextFile ?? script.imagePath;
  const args = v.cmd.argv[v.cmd.programIndex]?.value === '$@';
  const what = args
    ? {
        en: '`"$@"` runs the container\'s command (CMD and `docker run` arguments) as a child of the script',
        ko: '`"$@"` 줄이 컨테이너 명령(CMD와 `docker run` 인자)을 스크립트의 자식 프로세스로 실행하므로',
      }
    : {
        en: `\`${v.shown}\` runs as a child of the script`,
        ko: `\`${v.shown}\` 명령이 스크립트의 자식 프로세스로 실행되므로`,
      };
  return {
    en: `The entrypoint script ${where} ends with a command that is not exec'd: ${what.en}, the shell stays PID 1 and does not pass SIGTERM on, so \`docker stop\` waits and then kills the app. Write \`exec ${v.shown}\`, or trap TERM and INT and forward them if the script must clean up.`,
    ko: `엔트리포인트 스크립트 ${where}의 마지막 명령에 exec가 없습니다. ${what.ko} 셸이 PID 1로 남고 SIGTERM을 전달하지 않습니다. 그래서 \`docker stop\`은 기다리다가 앱을 강제로 종료합니다. 마지막 줄을 \`exec ${v.shown}\` 형태로 바꾸거나, 스크립트가 정리할 일이 있으면 TERM과 INT를 trap해서 전달하세요.`,
  };
}

/**
 * Reads the script only when its text is known: a heredoc of the Dockerfile (`COPY <<EOF`) or a
 * build-context file the caller gave. DOP040 covers the shell form of the instruction itself.
 */
export const rule = defineRule({
  meta: {
    id: 'DOP043',
    slug: 'entrypoint-script-without-exec',
    title: {
      en: 'Entrypoint script starts the app without exec',
      ko: '엔트리포인트 스크립트가 exec 없이 앱을 실행',
    },
    severity: 'warning',
    practices: ['P02'],
    aka: {},
    fixable: 'review',
    explanation: {
      en: 'A shell script as ENTRYPOINT (or CMD) is PID 1 while it runs. When its last command starts the server without `exec`, the server is the shell\'s child: `docker stop` sends SIGTERM to the shell, which neither exits nor passes the signal on, so Docker waits out its timeout (10 s) and sends SIGKILL, cutting open requests. End the script with `exec "$@"` (or `exec your-server …`): the server replaces the shell and receives the signals. A script that must clean up after the server stops instead traps TERM and INT, passes the signal to the server and waits for it. As PID 1 the server also gets no default signal handlers and must reap orphaned children: if it does not, run it under an init (`docker run --init`, or tini as ENTRYPOINT). The rule reads the script from a `COPY <<EOF` heredoc or from the build context when it is given; the fix (adding `exec`) is offered for heredoc scripts and is for review, because the server then takes over PID 1\'s duties.',
      ko: '셸 스크립트를 ENTRYPOINT(또는 CMD)로 쓰면 실행되는 동안 스크립트가 PID 1입니다. 마지막 명령이 `exec` 없이 서버를 실행하면 서버는 셸의 자식 프로세스가 됩니다. `docker stop`은 SIGTERM을 셸에 보내는데, 셸은 끝나지도 않고 시그널을 전달하지도 않습니다. 그래서 Docker는 제한 시간(10초)을 기다린 뒤 SIGKILL을 보내고, 처리 중인 요청이 끊깁니다. 스크립트를 `exec "$@"`(또는 `exec 서버 명령 …`) 줄로 끝내면 서버가 셸을 대신해 시그널을 직접 받습니다. 서버가 멈춘 뒤에 정리할 일이 있는 스크립트라면 TERM과 INT를 trap해서 서버에 전달하고 끝날 때까지 기다리세요. PID 1이 된 서버에는 기본 시그널 처리가 없고 고아 프로세스도 거둬야 합니다. 그렇게 하지 않는 서버라면 init 아래에서 실행하세요(`docker run --init`, 또는 ENTRYPOINT에 tini). 이 규칙은 `COPY <<EOF` heredoc에 쓴 스크립트나, 빌드 컨텍스트가 주어지면 그 안의 스크립트를 읽습니다. 수정(`exec` 추가)은 heredoc 스크립트에만 제안하며, 서버가 PID 1의 역할을 넘겨받으므로 검토가 필요합니다.',
    },
    examples: {
      bad: 'FROM debian:bookworm-slim\nCOPY <<\'EOF\' /entrypoint.sh\n#!/bin/sh\necho starting\n"$@"\nEOF\nRUN chmod +x /entrypoint.sh\nENTRYPOINT ["/entrypoint.sh"]\nCMD ["sleep", "3600"]\n',
      badLines: [5],
      // Ignored: an ONBUILD ENTRYPOINT starts a script the downstream build copies.
      onbuild: 'ignored',
      good: 'FROM debian:bookworm-slim\nCOPY <<\'EOF\' /entrypoint.sh\n#!/bin/sh\necho starting\nexec "$@"\nEOF\nRUN chmod +x /entrypoint.sh\nENTRYPOINT ["/entrypoint.sh"]\nCMD ["sleep", "3600"]\n',
    },
  },
  check(ctx) {
    const { model } = ctx;
    const stage = model.stages[model.stages.length - 1];
    if (!stage) return;
    // The command the image starts: its ENTRYPOINT, or CMD when there is none (inherited ones included).
    const own = lineageInstructions(model, stage);
    const entry = lastOf(own, 'ENTRYPOINT') ?? lastOf(own, 'CMD');
    if (!entry) return;
    const started = startedScript(entry);
    if (!started) return;
    let script: Script | null = null;
    let copies: Copy[] | null = null;
    for (const imagePath of candidatePaths(model, entry, started)) {
      copies ??= copiesBefore(model, entry);
      script = scriptAt(copies, imagePath, ctx.buildContext);
      if (script) break;
    }
    if (!script) return;
    const v = lastCommandWithoutExec(script, started.shell);
    if (!v) return;
    const base = script.base;
    const at = (s: Span): Span => ({ start: s.start + (base ?? 0), end: s.end + (base ?? 0) });
    const insertAt = v.cmd.argv[0]!.span.start;
    const line = script.text.slice(0, v.cmd.span.start).split('\n').length;
    ctx.report({
      span: script.base === null ? entry.span : at(v.cmd.span),
      message: message(script, v),
      contextFiles: script.contextFile ? [{ path: script.contextFile, line }] : undefined,
      fix:
        script.base !== null && v.prefixable
          ? {
              title: { en: 'Start it with exec', ko: 'exec로 실행하기' },
              safety: 'review',
              edits: [{ start: insertAt + script.base, end: insertAt + script.base, text: 'exec ' }],
            }
          : undefined,
    });
  },
});
