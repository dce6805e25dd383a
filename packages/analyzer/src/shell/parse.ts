import { lex, type Token, valueOffsetsOf } from './lexer.js';
import { type MappedText, originalOffset, originalSpan, sliceMapped } from './source.js';
import type { Span } from '../types.js';
import type {
  Branch,
  CommandContext,
  Connector,
  Redirect,
  ShellProblem,
  ShellScript,
  SimpleCommand,
  Word,
} from './types.js';
import { unwrapProgram } from './wrappers.js';

/** Reserved words that open or close a compound command; the next word starts a command. */
const SKIP_WORDS = new Set([
  '!',
  '{',
  '}',
  'then',
  'else',
  'elif',
  'do',
  'done',
  'fi',
  'if',
  'while',
  'until',
  'esac',
]);
/** Reserved words that end a compound command, whose output a following `|` pipes on. */
const GROUP_CLOSERS = new Set(['}', 'done', 'fi', 'esac']);
const SHELLS = new Set(['sh', 'bash', 'dash', 'ash', 'zsh', 'ksh', 'mksh', 'busybox']);
/** Programs that run `-c '…'` as a shell script as another user. */
const SWITCH_USER = new Set(['su', 'runuser']);
const MAX_DEPTH = 8;
const NO_BRANCHES: readonly Branch[] = [];

export interface ParseShellOptions {
  context?: CommandContext;
  depth?: number;
  /** Here-documents whose bodies live outside the text (Dockerfile `RUN <<EOF`): no problem if absent. */
  externalHeredocs?: boolean;
}

/** Parses a shell script into simple commands with argv and original-coordinate spans. */
export function parseShell(src: MappedText, options: ParseShellOptions = {}): ShellScript {
  const commands: SimpleCommand[] = [];
  const problems: ShellProblem[] = [];
  pipelineCounter = 0;
  groupCounter = 0;
  parseInto(
    src,
    options.context ?? 'top',
    options.depth ?? 0,
    commands,
    problems,
    options.externalHeredocs ?? false,
  );
  commands.sort((a, b) => a.span.start - b.span.start || a.depth - b.depth);
  return { commands, problems };
}

let groupCounter = 0;
let pipelineCounter = 0;

function parseInto(
  src: MappedText,
  context: CommandContext,
  depth: number,
  commands: SimpleCommand[],
  problems: ShellProblem[],
  externalHeredocs: boolean,
  outer: readonly Branch[] = [],
): void {
  const text = src.text;
  const { tokens, problems: lexProblems, heredocs } = lex(text);
  for (const p of lexProblems) {
    if (externalHeredocs && p.message.startsWith('here-document')) continue;
    problems.push({ message: p.message, span: originalSpan(src, p.span.start, p.span.end) });
  }

  const toWord = (t: Extract<Token, { kind: 'word' }>): Word => ({
    value: t.value,
    raw: text.slice(t.start, t.end),
    span: originalSpan(src, t.start, t.end),
    quoted: t.quoted,
    expansion: t.expansion,
  });

  let current: {
    words: Extract<Token, { kind: 'word' }>[];
    assignments: Word[];
    /** The assignment words as tokens: `x="$(a | b)"` runs a and b. */
    assignTokens: Extract<Token, { kind: 'word' }>[];
    redirects: Redirect[];
    start: number;
    end: number;
  } | null = null;
  const startCommand = (t: { start: number; end: number }): NonNullable<typeof current> => ({
    words: [],
    assignments: [],
    assignTokens: [],
    redirects: [],
    start: t.start,
    end: t.end,
  });
  let connector: Connector = null;
  let pipeline = { id: ++pipelineCounter, members: [] as SimpleCommand[] };
  let ctx: CommandContext = context;
  const ctxStack: CommandContext[] = [];
  let skipUntilSeparator = false; // inside `for x in …` / `case … in` headers
  let skippingCase = false;
  let casePattern = 0; // > 0 while reading `pattern)` of a case
  let lastCommand: SimpleCommand | null = null;
  // Open `if`/`case` groups, innermost last; their arm changes at then/elif/else and at each pattern.
  const groups: (Branch & { kind: 'if' | 'case' })[] = [];
  // Most commands sit in no if/case: they share one empty list.
  const branchesNow = (): readonly Branch[] =>
    outer.length === 0 && groups.length === 0
      ? NO_BRANCHES
      : [...outer, ...groups.map(({ group, arm }) => ({ group, arm }))];
  const closeGroup = (kind: 'if' | 'case') => {
    const at = groups.map((g) => g.kind).lastIndexOf(kind);
    if (at >= 0) groups.length = at;
  };
  // The last command of a compound that just closed (`( … )`, `{ …; }`, `done`, `fi`, `esac`):
  // in `( a; b ) | c` its output feeds the pipe, so it stands for the group in the pipeline.
  let closedGroup: SimpleCommand | null = null;

  const finishPipeline = () => {
    const size = pipeline.members.length;
    // Each command's own pipeline record, filled in now that the pipeline is complete.
    pipeline.members.forEach((c, index) => {
      c.pipeline.id = pipeline.id;
      c.pipeline.index = index;
      c.pipeline.size = size;
    });
    pipeline = { id: ++pipelineCounter, members: [] };
  };

  const flush = (): SimpleCommand | null => {
    const cur = current;
    current = null;
    if (!cur || (cur.words.length === 0 && cur.assignments.length === 0 && cur.redirects.length === 0))
      return null;
    const argv = cur.words.map(toWord);
    const { programIndex, wrappers, assignments } = unwrapProgram(argv);
    const program = argv[programIndex];
    const cmd: SimpleCommand = {
      argv,
      assignments: assignments.length === 0 ? cur.assignments : [...cur.assignments, ...assignments],
      redirects: cur.redirects,
      span: originalSpan(src, cur.start, cur.end),
      programIndex,
      wrappers,
      name: program ? basename(program.value) : '',
      args: argv.slice(programIndex + 1),
      pipeline: { id: pipeline.id, index: 0, size: 1 },
      connector,
      context: ctx,
      depth,
      branches: branchesNow(),
    };
    commands.push(cmd);
    pipeline.members.push(cmd);
    lastCommand = cmd;
    // Nested scripts: `$(…)`, backticks, and `sh -c '…'`.
    if (depth < MAX_DEPTH) {
      for (const list of [cur.assignTokens, cur.words])
        for (const w of list) {
          for (const sub of w.substitutions) {
            parseInto(
              sliceMapped(src, sub.start, sub.end),
              'substitution',
              depth + 1,
              commands,
              problems,
              false,
              cmd.branches,
            );
          }
        }
      const script = shellCScript(cmd, cur.words);
      if (script) {
        const inner: MappedText = {
          text: script.value,
          offsets: valueOffsetsOf(script).map((o) => originalOffset(src, o)),
          base: 0,
        };
        parseInto(inner, 'sh-c', depth + 1, commands, problems, false, cmd.branches);
      }
    }
    return cmd;
  };

  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    const group = closedGroup;
    closedGroup = null;
    if (t.kind === 'word') {
      if (skipUntilSeparator) {
        if (skippingCase && t.value === 'in' && current === null) {
          // `case WORD in`: patterns follow.
          skipUntilSeparator = false;
          skippingCase = false;
          casePattern = 1;
        }
        continue;
      }
      if (casePattern > 0) {
        if (!t.quoted && t.value === 'esac') {
          casePattern = 0;
          closeGroup('case');
        }
        continue;
      }
      const atStart = current === null || (current.words.length === 0 && current.assignments.length === 0);
      if (atStart && !t.quoted && SKIP_WORDS.has(t.value)) {
        if (current && current.redirects.length === 0) current = null;
        if (GROUP_CLOSERS.has(t.value)) closedGroup = lastCommand;
        const top = groups.at(-1);
        if (t.value === 'if') groups.push({ kind: 'if', group: ++groupCounter, arm: 0 });
        else if (t.value === 'then' && top?.kind === 'if' && top.arm === 0) top.arm = 1;
        else if ((t.value === 'elif' || t.value === 'else') && top?.kind === 'if') top.arm++;
        else if (t.value === 'fi') closeGroup('if');
        else if (t.value === 'esac') closeGroup('case');
        continue;
      }
      if (atStart && !t.quoted && (t.value === 'for' || t.value === 'select')) {
        skipUntilSeparator = true;
        continue;
      }
      if (atStart && !t.quoted && t.value === 'case') {
        skipUntilSeparator = true;
        skippingCase = true;
        groups.push({ kind: 'case', group: ++groupCounter, arm: 0 });
        continue;
      }
      if (atStart && !t.quoted && t.value === 'function') continue;
      if (!current) current = startCommand(t);
      if (current.words.length === 0 && /^[A-Za-z_][A-Za-z0-9_]*\+?=/.test(text.slice(t.start, t.end))) {
        current.assignments.push(toWord(t));
        current.assignTokens.push(t);
      } else {
        current.words.push(t);
      }
      current.end = t.end;
      continue;
    }
    if (t.kind === 'redirect') {
      if (!current) current = startCommand(t);
      const next = tokens[k + 1];
      let target: Word | null = null;
      let end = t.end;
      if (next && next.kind === 'word') {
        target = toWord(next);
        end = next.end;
        k++;
      }
      current.redirects.push({ op: t.op, fd: t.fd, target, span: originalSpan(src, t.start, end) });
      current.end = end;
      // A here-document fed to a shell is a script: parse its body as commands.
      const hd = heredocs.find((h) => h.redirectIndex === k - (target ? 1 : 0));
      if (hd && hd.end > hd.start && depth < MAX_DEPTH && current.words.length > 0) {
        const prog = basename(current.words[current.words.length - 1]!.value);
        if (SHELLS.has(prog) && current.words.length === 1) {
          parseInto(
            sliceMapped(src, hd.start, hd.end),
            'heredoc',
            depth + 1,
            commands,
            problems,
            false,
            branchesNow(),
          );
        }
      }
      continue;
    }
    if (t.kind === 'newline') {
      if (skipUntilSeparator && casePattern === 0) skipUntilSeparator = false;
      if (flush()) connector = ';';
      finishPipeline();
      continue;
    }
    // Operators.
    switch (t.op) {
      case '|':
      case '|&': {
        const c = flush();
        if (c) connector = '|';
        else if (group) {
          pipeline.members.push(group);
          connector = '|';
        }
        break;
      }
      case '&&':
      case '||':
      case ';':
      case '&': {
        if (skipUntilSeparator && casePattern === 0) skipUntilSeparator = false;
        flush();
        finishPipeline();
        connector = t.op === ';' ? ';' : t.op;
        break;
      }
      case ';;':
      case ';&':
        flush();
        finishPipeline();
        // A `case` inside `$( … )` (`A=$(case "$x" in a) echo 1;; esac)`) is one the lexer may have
        // split at its pattern's `)`: only a script with no `case` at all is surely in error.
        if (!groups.some((g) => g.kind === 'case') && !/\bcase\b/.test(text)) {
          // Outside a case the shell stops with a syntax error; reading on as a pattern would
          // hide the commands after it (and the rewriter would edit a script that never runs).
          problems.push({
            message: `syntax error: "${t.op}" outside a case statement`,
            span: originalSpan(src, t.start, t.end),
          });
          connector = ';';
          break;
        }
        casePattern = 1;
        connector = ';';
        break;
      case '(':
        if (current && current.words.length === 1) {
          // `name() { …; }`: a function definition.
          current = null;
          if (tokens[k + 1]?.kind === 'op' && (tokens[k + 1] as { op: string }).op === ')') k++;
          break;
        }
        flush();
        ctxStack.push(ctx);
        ctx = 'subshell';
        break;
      case ')':
        if (casePattern > 0) {
          // `pattern)`: the next arm of the innermost case begins.
          casePattern = 0;
          connector = null;
          const top = groups.at(-1);
          if (top?.kind === 'case') top.arm++;
          break;
        }
        flush();
        finishPipeline();
        ctx = ctxStack.pop() ?? context;
        closedGroup = lastCommand;
        break;
      default:
        flush();
    }
  }
  flush();
  finishPipeline();
}

/**
 * The one command of an exec-form instruction (`RUN ["apt-get", "install", "curl"]`): no shell
 * runs, so there are no operators, quotes or expansions; each JSON string is one word as it is.
 */
export function execFormScript(strings: readonly { value: string; span: Span }[]): ShellScript {
  if (strings.length === 0) return { commands: [], problems: [] };
  const argv: Word[] = strings.map((s) => ({
    value: s.value,
    raw: JSON.stringify(s.value),
    span: s.span,
    quoted: true,
    expansion: false,
  }));
  const { programIndex, wrappers, assignments } = unwrapProgram(argv);
  const program = argv[programIndex];
  const cmd: SimpleCommand = {
    argv,
    assignments,
    redirects: [],
    span: { start: strings[0]!.span.start, end: strings[strings.length - 1]!.span.end },
    programIndex,
    wrappers,
    name: program ? basename(program.value) : '',
    args: argv.slice(programIndex + 1),
    pipeline: { id: 0, index: 0, size: 1 },
    connector: null,
    context: 'exec',
    depth: 0,
    branches: [],
  };
  return { commands: [cmd], problems: [] };
}

function basename(path: string): string {
  const i = path.lastIndexOf('/');
  return i >= 0 ? path.slice(i + 1) : path;
}

/** The script of `sh -c '…'` / `bash -ec "…"`, as a word token with value offsets. */
function shellCScript(cmd: SimpleCommand, words: Extract<Token, { kind: 'word' }>[]) {
  if (SWITCH_USER.has(cmd.name)) {
    // `su postgres -c '…'`, `su -s /bin/sh -c '…' app`: the -c option may come anywhere.
    const at = words.findIndex(
      (w, i) => i > cmd.programIndex && (w.value === '-c' || w.value === '--command'),
    );
    return at >= 0 ? (words[at + 1] ?? null) : null;
  }
  if (!SHELLS.has(cmd.name)) return null;
  const from = cmd.programIndex + 1;
  for (let i = from; i < words.length; i++) {
    const v = words[i]!.value;
    if (v === '--') return null;
    if (/^-[abd-zA-Z]*c[a-zA-Z]*$/.test(v)) return words[i + 1] ?? null;
    if (!v.startsWith('-') && !v.startsWith('+')) return null;
    if (v === '-o' || v === '+o') i++;
  }
  return null;
}

export { basename };
