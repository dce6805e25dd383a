import { type Heredoc, Lexer, NEWLINE, OP, QUOTED, REDIRECT, WORD, EXPANSION, PLAIN } from './lexer.js';
import { type MappedText, mappedText, originalOffset, originalSpan, sliceMapped } from './source.js';
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
import { NO_WORDS, unwrapProgram } from './wrappers.js';

/** Reserved words that open or close a compound command; the next word starts a command (5 letters at most). */
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
const NO_BRANCHES: readonly Branch[] = Object.freeze([]);
const NO_REDIRECTS: readonly Redirect[] = Object.freeze([]);

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
  const level = parsersInUse;
  try {
    parseInto(
      src,
      options.context ?? 'top',
      options.depth ?? 0,
      commands,
      problems,
      options.externalHeredocs ?? false,
      NO_BRANCHES,
    );
  } finally {
    parsersInUse = level;
  }
  // Nested scripts come after their command, and most scripts are in order already (a stable
  // sort would leave them as they are).
  if (!inOrder(commands)) commands.sort(byPlace);
  return { commands, problems };
}

const byPlace = (a: SimpleCommand, b: SimpleCommand) => a.span.start - b.span.start || a.depth - b.depth;

function inOrder(commands: readonly SimpleCommand[]): boolean {
  for (let k = 1; k < commands.length; k++) if (byPlace(commands[k - 1]!, commands[k]!) > 0) return false;
  return true;
}

let groupCounter = 0;
let pipelineCounter = 0;

// One parser (its lexer's token lists included) per nesting level, reused from one script to the
// next: a script nested in a command (`$(…)`, `sh -c`) is parsed while the outer one is still read.
const parsers: Parser[] = [];
let parsersInUse = 0;

function parseInto(
  src: MappedText,
  context: CommandContext,
  depth: number,
  commands: SimpleCommand[],
  problems: ShellProblem[],
  externalHeredocs: boolean,
  outer: readonly Branch[],
): void {
  if (parsers.length === parsersInUse) parsers.push(new Parser());
  const parser = parsers[parsersInUse++]!;
  // released even if a parse throws, so the next script does not take a deeper level's parser
  try {
    parser.parse(src, context, depth, commands, problems, externalHeredocs, outer);
  } finally {
    parsersInUse--;
  }
}

/** An open `if` or `case`, and the arm being read. */
interface OpenGroup extends Branch {
  kind: 'if' | 'case';
}

/** Reads one script's tokens into simple commands; its state is reset at each `parse`. */
class Parser {
  private readonly tokens = new Lexer();
  private src: MappedText = mappedText('', null, 0, undefined, undefined);
  private depth = 0;
  private commands: SimpleCommand[] = [];
  private problems: ShellProblem[] = [];
  private outer: readonly Branch[] = NO_BRANCHES;

  // The command being read: its words (token indices), its assignment words (as words, and as
  // token indices: `x="$(a | b)"` runs a and b), its redirections, and where it is.
  private open = false;
  private readonly words: number[] = [];
  private wordCount = 0;
  private readonly assignTokens: number[] = [];
  private assignCount = 0;
  private assignments: Word[] | null = null;
  private redirects: Redirect[] | null = null;
  private start = 0;
  private end = 0;

  private connector: Connector = null;
  private pipelineId = 0;
  private readonly members: SimpleCommand[] = [];
  private ctx: CommandContext = 'top';
  private readonly ctxStack: CommandContext[] = [];
  private skipUntilSeparator = false; // inside `for x in …` / `case … in` headers
  private skippingCase = false;
  private casePattern = 0; // > 0 while reading `pattern)` of a case
  private lastCommand: SimpleCommand | null = null;
  // Open `if`/`case` groups, innermost last; their arm changes at then/elif/else and at each pattern.
  private readonly groups: OpenGroup[] = [];
  /** The branches of the commands read since the groups last changed (one list for them all). */
  private branches: readonly Branch[] | null = null;
  // The last command of a compound that just closed (`( … )`, `{ …; }`, `done`, `fi`, `esac`):
  // in `( a; b ) | c` its output feeds the pipe, so it stands for the group in the pipeline.
  private closedGroup: SimpleCommand | null = null;

  parse(
    src: MappedText,
    context: CommandContext,
    depth: number,
    commands: SimpleCommand[],
    problems: ShellProblem[],
    externalHeredocs: boolean,
    outer: readonly Branch[],
  ): void {
    this.src = src;
    this.depth = depth;
    this.commands = commands;
    this.problems = problems;
    this.outer = outer;
    this.open = false;
    this.connector = null;
    this.pipelineId = ++pipelineCounter;
    this.members.length = 0;
    this.ctx = context;
    this.ctxStack.length = 0;
    this.skipUntilSeparator = false;
    this.skippingCase = false;
    this.casePattern = 0;
    this.lastCommand = null;
    this.groups.length = 0;
    this.branches = null;
    this.closedGroup = null;

    const text = src.text;
    const tk = this.tokens;
    tk.lex(text);
    for (const p of tk.problems) {
      if (externalHeredocs && p.message.startsWith('here-document')) continue;
      problems.push({ message: p.message, span: originalSpan(src, p.span.start, p.span.end) });
    }

    const count = tk.count;
    for (let k = 0; k < count; k++) {
      const kind = tk.kind[k]!;
      const group = this.closedGroup;
      this.closedGroup = null;
      if (kind === WORD) {
        const value = tk.value[k]!;
        const quoted = (tk.flags[k]! & QUOTED) !== 0;
        if (this.skipUntilSeparator) {
          if (this.skippingCase && value === 'in' && !this.open) {
            // `case WORD in`: patterns follow.
            this.skipUntilSeparator = false;
            this.skippingCase = false;
            this.casePattern = 1;
          }
          continue;
        }
        if (this.casePattern > 0) {
          if (!quoted && value === 'esac') {
            this.casePattern = 0;
            this.closeGroup('case');
          }
          continue;
        }
        const atStart = !this.open || (this.wordCount === 0 && this.assignments === null);
        if (atStart && !quoted && value.length <= 5 && SKIP_WORDS.has(value)) {
          if (this.open && this.redirects === null) this.open = false;
          if (GROUP_CLOSERS.has(value)) this.closedGroup = this.lastCommand;
          const groups = this.groups;
          const top = groups.length > 0 ? groups[groups.length - 1]! : undefined;
          this.branches = null;
          if (value === 'if') groups.push({ kind: 'if', group: ++groupCounter, arm: 0 });
          else if (value === 'then' && top?.kind === 'if' && top.arm === 0) top.arm = 1;
          else if ((value === 'elif' || value === 'else') && top?.kind === 'if') top.arm++;
          else if (value === 'fi') this.closeGroup('if');
          else if (value === 'esac') this.closeGroup('case');
          continue;
        }
        if (atStart && !quoted && (value === 'for' || value === 'select')) {
          this.skipUntilSeparator = true;
          continue;
        }
        if (atStart && !quoted && value === 'case') {
          this.skipUntilSeparator = true;
          this.skippingCase = true;
          this.groups.push({ kind: 'case', group: ++groupCounter, arm: 0 });
          this.branches = null;
          continue;
        }
        if (atStart && !quoted && value === 'function') continue;
        if (!this.open) this.startCommand(k);
        if (this.wordCount === 0 && isAssignment(text, tk.start[k]!, tk.end[k]!)) {
          if (this.assignments === null) this.assignments = [];
          this.assignments.push(this.word(k));
          this.assignTokens[this.assignCount++] = k;
        } else {
          this.words[this.wordCount++] = k;
        }
        this.end = tk.end[k]!;
        continue;
      }
      if (kind === REDIRECT) {
        if (!this.open) this.startCommand(k);
        let target: Word | null = null;
        let end = tk.end[k]!;
        const redirect = k;
        if (k + 1 < count && tk.kind[k + 1] === WORD) {
          target = this.word(k + 1);
          end = tk.end[k + 1]!;
          k++;
        }
        const fd = tk.fd[redirect]!;
        if (this.redirects === null) this.redirects = [];
        this.redirects.push({
          op: tk.value[redirect]!,
          fd: fd < 0 ? null : fd,
          target,
          span: originalSpan(src, tk.start[redirect]!, end),
        });
        this.end = end;
        // A here-document fed to a shell is a script: parse its body as commands.
        if (tk.heredocs.length > 0 && depth < MAX_DEPTH && this.wordCount > 0) {
          const hd = heredocOf(tk.heredocs, redirect);
          if (hd && hd.end > hd.start) {
            const prog = basename(tk.value[this.words[this.wordCount - 1]!]!);
            if (SHELLS.has(prog) && this.wordCount === 1) {
              parseInto(
                sliceMapped(src, hd.start, hd.end),
                'heredoc',
                depth + 1,
                commands,
                problems,
                false,
                this.branchesNow(),
              );
            }
          }
        }
        continue;
      }
      if (kind === NEWLINE) {
        if (this.skipUntilSeparator && this.casePattern === 0) this.skipUntilSeparator = false;
        if (this.flush()) this.connector = ';';
        this.finishPipeline();
        continue;
      }
      // Operators.
      const op = tk.value[k]!;
      switch (op) {
        case '|':
        case '|&': {
          const c = this.flush();
          if (c) this.connector = '|';
          else if (group) {
            this.members.push(group);
            this.connector = '|';
          }
          break;
        }
        case '&&':
        case '||':
        case ';':
        case '&': {
          if (this.skipUntilSeparator && this.casePattern === 0) this.skipUntilSeparator = false;
          this.flush();
          this.finishPipeline();
          this.connector = op === ';' ? ';' : op;
          break;
        }
        case ';;':
        case ';&':
          this.flush();
          this.finishPipeline();
          // A `case` inside `$( … )` (`A=$(case "$x" in a) echo 1;; esac)`) is one the lexer may have
          // split at its pattern's `)`: only a script with no `case` at all is surely in error.
          if (!this.inCase() && !/\bcase\b/.test(text)) {
            // Outside a case the shell stops with a syntax error; reading on as a pattern would
            // hide the commands after it (and the rewriter would edit a script that never runs).
            problems.push({
              message: `syntax error: "${op}" outside a case statement`,
              span: originalSpan(src, tk.start[k]!, tk.end[k]!),
            });
            this.connector = ';';
            break;
          }
          this.casePattern = 1;
          this.connector = ';';
          break;
        case '(':
          if (this.open && this.wordCount === 1) {
            // `name() { …; }`: a function definition.
            this.open = false;
            if (k + 1 < count && tk.kind[k + 1] === OP && tk.value[k + 1] === ')') k++;
            break;
          }
          this.flush();
          this.ctxStack.push(this.ctx);
          this.ctx = 'subshell';
          break;
        case ')':
          if (this.casePattern > 0) {
            // `pattern)`: the next arm of the innermost case begins.
            this.casePattern = 0;
            this.connector = null;
            const top = this.groups.length > 0 ? this.groups[this.groups.length - 1]! : undefined;
            if (top?.kind === 'case') top.arm++;
            this.branches = null;
            break;
          }
          this.flush();
          this.finishPipeline();
          this.ctx = this.ctxStack.pop() ?? context;
          this.closedGroup = this.lastCommand;
          break;
        default:
          this.flush();
      }
    }
    this.flush();
    this.finishPipeline();
  }

  private startCommand(k: number): void {
    this.open = true;
    this.wordCount = 0;
    this.assignCount = 0;
    this.assignments = null;
    this.redirects = null;
    this.start = this.tokens.start[k]!;
    this.end = this.tokens.end[k]!;
  }

  /** Word `k` as the model keeps it; a word without quotes or escapes is its own text. */
  private word(k: number): Word {
    const tk = this.tokens;
    const start = tk.start[k]!;
    const end = tk.end[k]!;
    const value = tk.value[k]!;
    const flags = tk.flags[k]!;
    return {
      value,
      raw: (flags & PLAIN) !== 0 ? value : this.src.text.slice(start, end),
      span: originalSpan(this.src, start, end),
      quoted: (flags & QUOTED) !== 0,
      expansion: (flags & EXPANSION) !== 0,
    };
  }

  /** Most commands sit in no if/case: they share one empty list; those of one arm share theirs. */
  private branchesNow(): readonly Branch[] {
    if (this.branches) return this.branches;
    const outer = this.outer;
    const groups = this.groups;
    if (outer.length === 0 && groups.length === 0) return NO_BRANCHES;
    const out: Branch[] = [];
    for (const b of outer) out.push(b);
    for (const g of groups) out.push({ group: g.group, arm: g.arm });
    this.branches = out;
    return out;
  }

  private closeGroup(kind: 'if' | 'case'): void {
    const groups = this.groups;
    for (let at = groups.length - 1; at >= 0; at--)
      if (groups[at]!.kind === kind) {
        groups.length = at;
        this.branches = null;
        return;
      }
  }

  private inCase(): boolean {
    for (const g of this.groups) if (g.kind === 'case') return true;
    return false;
  }

  private finishPipeline(): void {
    const members = this.members;
    const size = members.length;
    // Each command's own pipeline record, filled in now that the pipeline is complete.
    for (let index = 0; index < size; index++) {
      const p = members[index]!.pipeline;
      p.id = this.pipelineId;
      p.index = index;
      p.size = size;
    }
    this.pipelineId = ++pipelineCounter;
    members.length = 0;
  }

  private flush(): SimpleCommand | null {
    if (!this.open) return null;
    this.open = false;
    const wordCount = this.wordCount;
    if (wordCount === 0 && this.assignments === null && this.redirects === null) return null;
    const tk = this.tokens;
    const argv: Word[] = [];
    for (let w = 0; w < wordCount; w++) argv.push(this.word(this.words[w]!));
    const { programIndex, wrappers, assignments } = unwrapProgram(argv);
    const program = argv[programIndex];
    const own = this.assignments ?? NO_WORDS;
    const depth = this.depth;
    const cmd: SimpleCommand = {
      argv,
      assignments: assignments.length === 0 ? own : [...own, ...assignments],
      redirects: this.redirects ?? NO_REDIRECTS,
      span: originalSpan(this.src, this.start, this.end),
      programIndex,
      wrappers,
      name: program ? basename(program.value) : '',
      args: argv.slice(programIndex + 1),
      pipeline: { id: this.pipelineId, index: 0, size: 1 },
      connector: this.connector,
      context: this.ctx,
      depth,
      branches: this.branchesNow(),
    };
    this.commands.push(cmd);
    this.members.push(cmd);
    this.lastCommand = cmd;
    // Nested scripts: `$(…)`, backticks, and `sh -c '…'`. The nested parse uses the next
    // parser: this one's token lists stay as they are.
    if (depth < MAX_DEPTH) {
      for (let a = 0; a < this.assignCount; a++) this.substitutions(this.assignTokens[a]!, cmd);
      for (let w = 0; w < wordCount; w++) this.substitutions(this.words[w]!, cmd);
      const script = this.shellCScript(cmd);
      if (script >= 0) {
        const src = this.src;
        const inner = mappedText(
          tk.value[script]!,
          tk.valueOffsetsOf(script).map((o) => originalOffset(src, o)),
          0,
          undefined,
          undefined,
        );
        parseInto(inner, 'sh-c', depth + 1, this.commands, this.problems, false, cmd.branches);
      }
    }
    return cmd;
  }

  /** Parses the command substitutions of word `k` of `cmd`. */
  private substitutions(k: number, cmd: SimpleCommand): void {
    const tk = this.tokens;
    const first = tk.subFirst[k]!;
    const last = first + 2 * tk.subCount[k]!;
    for (let s = first; s < last; s += 2) {
      parseInto(
        sliceMapped(this.src, tk.subs[s]!, tk.subs[s + 1]!),
        'substitution',
        this.depth + 1,
        this.commands,
        this.problems,
        false,
        cmd.branches,
      );
    }
  }

  /** The token of the script of `sh -c '…'` / `bash -ec "…"` / `su -c '…'`, or -1. */
  private shellCScript(cmd: SimpleCommand): number {
    const tk = this.tokens;
    const words = this.words;
    const count = this.wordCount;
    if (SWITCH_USER.has(cmd.name)) {
      // `su postgres -c '…'`, `su -s /bin/sh -c '…' app`: the -c option may come anywhere.
      for (let i = cmd.programIndex + 1; i < count; i++) {
        const v = tk.value[words[i]!]!;
        if (v === '-c' || v === '--command') return i + 1 < count ? words[i + 1]! : -1;
      }
      return -1;
    }
    if (!SHELLS.has(cmd.name)) return -1;
    for (let i = cmd.programIndex + 1; i < count; i++) {
      const v = tk.value[words[i]!]!;
      if (v === '--') return -1;
      if (/^-[abd-zA-Z]*c[a-zA-Z]*$/.test(v)) return i + 1 < count ? words[i + 1]! : -1;
      if (!v.startsWith('-') && !v.startsWith('+')) return -1;
      if (v === '-o' || v === '+o') i++;
    }
    return -1;
  }
}

/** The here-document begun by redirection token `redirect`, if any. */
function heredocOf(heredocs: readonly Heredoc[], redirect: number): Heredoc | undefined {
  for (const h of heredocs) if (h.redirectIndex === redirect) return h;
  return undefined;
}

/** Whether the text [start, end) begins as an assignment: `NAME=` or `NAME+=`. */
function isAssignment(text: string, start: number, end: number): boolean {
  let i = start;
  if (i >= end || !isNameStart(text.charCodeAt(i))) return false;
  i++;
  while (i < end && isNameChar(text.charCodeAt(i))) i++;
  if (i < end && text.charCodeAt(i) === 43 /* + */) i++;
  return i < end && text.charCodeAt(i) === 61; /* = */
}

const isNameStart = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
const isNameChar = (c: number) => isNameStart(c) || (c >= 48 && c <= 57);

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
    redirects: NO_REDIRECTS,
    span: { start: strings[0]!.span.start, end: strings[strings.length - 1]!.span.end },
    programIndex,
    wrappers,
    name: program ? basename(program.value) : '',
    args: argv.slice(programIndex + 1),
    pipeline: { id: 0, index: 0, size: 1 },
    connector: null,
    context: 'exec',
    depth: 0,
    branches: NO_BRANCHES,
  };
  return { commands: [cmd], problems: [] };
}

function basename(path: string): string {
  const i = path.lastIndexOf('/');
  return i >= 0 ? path.slice(i + 1) : path;
}

export { basename };
