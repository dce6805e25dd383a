import type { Argument, Dockerfile, Flag, Heredoc, Instruction, Property } from 'dockerfile-ast';
import { execFormScript, parseShell } from '../shell/parse.js';
import { joinContinuations, type MappedText, mapped, mappedText } from '../shell/source.js';
import type { ShellScript } from '../shell/types.js';
import { INSTRUCTION_KEYWORDS as KNOWN_KEYWORDS } from '../knowledge/instructions.js';
import { withLfForLoneCr } from '../text/line-breaks.js';
import { LineIndex } from '../text/line-index.js';
import type { Span } from '../types.js';
import { OffsetRange } from './ast-document.js';
import { commentContent, heredocsOf, parseDockerfile } from './dockerfile-ast-adapter.js';
import { buildImageRef } from './image-ref.js';
import { OffsetArgument } from './raw-arguments.js';
import { dockerWords, WORD_ARG_KEYWORDS } from './words.js';
import type {
  ArgDecl,
  ArgToken,
  CommentNode,
  DirectiveNode,
  DockerfileModel,
  FlagNode,
  HeredocNode,
  InstructionNode,
  ParseProblem,
  PropertyNode,
  StageNode,
} from './types.js';

interface LspRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

const NEEDS_ARGUMENTS = new Set([...KNOWN_KEYWORDS].filter((k) => k !== 'HEALTHCHECK'));
const KNOWN_DIRECTIVES = new Set(['syntax', 'escape', 'check']);
const POSIX_SHELL = /(^|\/)(sh|bash|dash|ash|zsh|ksh|mksh)$/;
const WINDOWS_IMAGE = /(windows|servercore|nanoserver|mcr\.microsoft\.com\/windows|ltsc20\d\d)/i;

/**
 * Builds the analyzer's model of a Dockerfile. Never throws on any input: a fault past the parser
 * (a library meeting text it did not expect) becomes a parse problem over an empty model. The
 * model's text reads lone CRs as LF (text/line-breaks.ts): offsets are those of the input.
 */
export function buildModel(input: string): DockerfileModel {
  const text = withLfForLoneCr(typeof input === 'string' ? input : String(input ?? ''));
  try {
    return buildModelOf(text);
  } catch (e) {
    return emptyModel(text, new LineIndex(text), [
      {
        message: `The Dockerfile could not be parsed: ${(e as Error)?.message ?? String(e)}`,
        span: { start: 0, end: Math.min(text.length, 1) },
      },
    ]);
  }
}

function buildModelOf(text: string): DockerfileModel {
  const lines = new LineIndex(text);
  const toSpan = (r: LspRange | null | undefined): Span => {
    if (!r) return { start: 0, end: 0 };
    // The parser's ranges by offsets: the same offsets, without finding their positions.
    if (r instanceof OffsetRange) return { start: r.from, end: Math.max(r.from, r.to) };
    const start = lines.offsetAt(r.start.line, r.start.character);
    const end = lines.offsetAt(r.end.line, r.end.character);
    return { start, end: Math.max(start, end) };
  };

  let df: Dockerfile;
  try {
    df = parseDockerfile(text, lines);
  } catch (e) {
    return emptyModel(text, lines, [
      {
        message: `The Dockerfile could not be parsed: ${(e as Error).message}`,
        span: { start: 0, end: Math.min(text.length, 1) },
      },
    ]);
  }

  const reader: Reader = { text, lines, toSpan, escapeChar: df.getEscapeCharacter() || '\\', problems: [] };
  const { directives, comments } = directivesAndComments(df, reader);
  const { instructions, stages, globalArgs, windows } = instructionsAndStages(df, reader);
  reader.problems.push(...shellProblems(instructions));
  return {
    text,
    lines,
    escapeChar: reader.escapeChar,
    directives,
    comments,
    instructions,
    globalArgs,
    stages,
    problems: reader.problems,
    windows,
  };
}

/** What every step of the build reads: the text, offsets from the parser's ranges, the escape character, and the problems found so far. */
interface Reader {
  text: string;
  lines: LineIndex;
  toSpan: (r: LspRange | null | undefined) => Span;
  escapeChar: string;
  problems: ParseProblem[];
}

/** The parser directives BuildKit knows; any other `# key=value` line at the top is a comment. */
function directivesAndComments(
  df: Dockerfile,
  { text, lines, toSpan }: Reader,
): { directives: DirectiveNode[]; comments: CommentNode[] } {
  const directives: DirectiveNode[] = [];
  const comments: CommentNode[] = [];
  for (const d of df.getDirectives()) {
    const name = d.getName().toLowerCase();
    const span = toSpan(d.getRange());
    if (KNOWN_DIRECTIVES.has(name))
      directives.push({ name, value: d.getValue(), span, valueSpan: toSpan(d.getValueRange()) });
    else
      comments.push({
        content: text.slice(span.start, span.end).replace(/^\s*#\s*/, ''),
        span,
        line: lines.lineOf(span.start),
      });
  }
  for (const c of df.getComments()) {
    const span = toSpan(c.getRange());
    comments.push({ content: commentContent(c, text), span, line: lines.lineOf(span.start) });
  }
  comments.sort((a, b) => a.span.start - b.span.start);
  return { directives, comments };
}

/**
 * The instructions in order, with their ONBUILD triggers, and the stages they form: each FROM's
 * image (global ARG defaults substituted, earlier stage names resolved), and whether RUN is read
 * as a POSIX shell script (SHELL, a Windows base image, the parent stage's shell).
 */
function instructionsAndStages(
  df: Dockerfile,
  reader: Reader,
): { instructions: InstructionNode[]; stages: StageNode[]; globalArgs: ArgDecl[]; windows: boolean } {
  const instructions: Building<InstructionNode>[] = [];
  const stages: BuildingStage[] = [];
  const globalArgs: ArgDecl[] = [];
  const globalVars = new Map<string, string | null>();
  const stageNames = new Map<string, number>();
  let windows = reader.escapeChar === '`';
  let shellIsPosix = true;
  const posixAtEnd: boolean[] = [];
  const withShell = (node: Building<InstructionNode>) => {
    if (shellIsPosix) node.shell = shellOf(node, reader);
  };

  let index = 0;
  let stageIndex = -1;
  for (const ins of df.getInstructions()) {
    if (ins.getKeyword() === 'FROM') {
      stageIndex++;
      shellIsPosix = true;
    }
    const node = instructionNode(ins, stageIndex, index++, reader);
    instructions.push(node);
    reader.problems.push(...instructionProblems(node));

    if (node.keyword === 'ONBUILD') {
      const trig = (
        ins as unknown as { getTriggerInstruction(): Instruction | null }
      ).getTriggerInstruction();
      if (trig) {
        const t = instructionNode(trig, stageIndex, node.index, reader);
        t.onbuild = node;
        node.trigger = t;
        reader.problems.push(...instructionProblems(t));
        withShell(t);
      }
    }
    if (node.keyword === 'SHELL') {
      const prog = node.json?.[0]?.value ?? '';
      shellIsPosix = POSIX_SHELL.test(prog);
      if (!shellIsPosix && /powershell|pwsh|cmd(\.exe)?$/i.test(prog)) windows = true;
    }
    withShell(node);

    if (node.keyword === 'ARG' && stageIndex < 0) {
      for (const p of node.properties) {
        globalArgs.push({ name: p.name, value: p.value, node });
        globalVars.set(p.name, p.value);
      }
    }
    if (node.keyword === 'FROM') {
      const stage = stageOfFrom(node, stageIndex, globalVars, stageNames);
      // A stage runs RUN with its base's shell: cmd on Windows images, the parent's on a stage.
      const windowsBase = stage.image.stage === null && WINDOWS_IMAGE.test(stage.image.resolved);
      if (windowsBase) windows = true;
      shellIsPosix = stage.image.stage !== null ? (posixAtEnd[stage.image.stage] ?? true) : !windowsBase;
      stages.push(stage);
    } else if (stageIndex >= 0) {
      stages[stageIndex]!.instructions.push(node);
    }
    if (stageIndex >= 0) posixAtEnd[stageIndex] = shellIsPosix;
  }
  if (stages.length) stages[stages.length - 1]!.isFinal = true;
  return { instructions, stages, globalArgs, windows };
}

/** A new stage from its FROM: the image, and its `AS name` (the first stage of a name keeps it). */
function stageOfFrom(
  node: InstructionNode,
  stageIndex: number,
  globalVars: ReadonlyMap<string, string | null>,
  stageNames: Map<string, number>,
): BuildingStage {
  const platformFlag = node.flags.find((f) => f.name.toLowerCase() === 'platform');
  const imageArg = node.args[0];
  const image = buildImageRef(
    imageArg?.value ?? '',
    imageArg?.span ?? node.keywordSpan,
    platformFlag?.value ?? null,
    globalVars,
    stageNames,
  );
  let name: string | null = null;
  let nameSpan: Span | null = null;
  if (node.args.length >= 3 && node.args[1]!.value.toLowerCase() === 'as') {
    name = node.args[2]!.value;
    nameSpan = node.args[2]!.span;
    if (!stageNames.has(name.toLowerCase())) stageNames.set(name.toLowerCase(), stageIndex);
  }
  return { index: stageIndex, name, nameSpan, from: node, image, instructions: [node], isFinal: false };
}

/** One instruction as the model keeps it, from dockerfile-ast's. */
function instructionNode(
  ins: Instruction,
  stage: number,
  index: number,
  { text, lines, toSpan, escapeChar, problems }: Reader,
): Building<InstructionNode> {
  const keywordRaw = ins.getInstruction();
  const keyword = keywordRaw.toUpperCase();
  const span = toSpan(ins.getRange());
  const rawArgs = ins.getArguments();
  // The words' offsets as their ranges give them (`getArgumentsRange` spans the first to the last).
  const argsSpan = rawArgs.length > 0 ? wordSpan(rawArgs[0]!, rawArgs[rawArgs.length - 1]!, toSpan) : null;
  const anyIns = ins as unknown as Record<string, unknown>;
  const flags: FlagNode[] =
    typeof anyIns.getFlags === 'function'
      ? (ins as unknown as { getFlags(): Flag[] }).getFlags().map((f) => flagNode(f, toSpan))
      : [];
  let json: ArgToken[] | null = null;
  if (typeof anyIns.getJSONStrings === 'function') {
    const j = ins as unknown as {
      getOpeningBracket(): unknown;
      getClosingBracket(): unknown;
      getJSONStrings(): { getValue(): string; getRange(): LspRange }[];
    };
    if (j.getOpeningBracket() && j.getClosingBracket()) {
      json = j.getJSONStrings().map((s) => {
        // getValue() drops the spaces inside strings; read the JSON string from the text instead.
        const span = toSpan(s.getRange());
        return { value: jsonString(text.slice(span.start, span.end)), span };
      });
    }
  }
  let heredocs: HeredocNode[] = [];
  let heredocsRead = true;
  try {
    if (typeof anyIns.getHeredocs === 'function')
      heredocs = heredocsOf(ins).map((h) => heredocNode(h, text, toSpan));
  } catch {
    // dockerfile-ast's here-document scan fails on some continuations (a `#` line after an
    // escaped one): the instruction is kept, and the file is marked as not understood.
    heredocsRead = false;
    problems.push({
      message: 'This instruction could not be read (its continuation lines confuse the parser).',
      span: toSpan(ins.getInstructionRange()),
    });
  }
  // Quotes and escapes as Docker reads them (dockerfile-ast keeps quotes and drops backslashes);
  // dockerfile-ast's words (and their positions) only where they are not read again.
  const args: readonly ArgToken[] =
    WORD_ARG_KEYWORDS.has(keyword) &&
    !json &&
    argsSpan &&
    rawArgs.length > 0 &&
    heredocsRead &&
    heredocs.length === 0
      ? dockerWords(
          joinContinuations(text.slice(argsSpan.start, argsSpan.end), argsSpan.start, escapeChar),
          escapeChar,
          keyword,
        )
      : modelWords(rawArgs, toSpan);
  const properties: PropertyNode[] =
    typeof anyIns.getProperties === 'function'
      ? (ins as unknown as { getProperties(): Property[] })
          .getProperties()
          .map((p) => propertyNode(p, text, toSpan))
      : [];
  return {
    keyword,
    keywordRaw,
    span,
    keywordSpan: toSpan(ins.getInstructionRange()),
    argsSpan,
    argsText: argsSpan ? text.slice(argsSpan.start, argsSpan.end) : '',
    flags,
    args,
    json,
    heredocs,
    properties,
    stage,
    index,
    shell: null,
    trigger: null,
    onbuild: null,
    startLine: lines.lineOf(span.start),
    endLine: lines.lineOf(Math.max(span.start, span.end - 1)),
  };
}

/** An unknown keyword, a missing argument, a here-document never closed. */
function instructionProblems(node: InstructionNode): ParseProblem[] {
  const out: ParseProblem[] = [];
  if (!KNOWN_KEYWORDS.has(node.keyword)) {
    out.push({ message: `Unknown instruction "${node.keywordRaw}".`, span: node.keywordSpan });
  } else if (NEEDS_ARGUMENTS.has(node.keyword) && node.args.length === 0 && node.heredocs.length === 0) {
    out.push({ message: `${node.keyword} needs at least one argument.`, span: node.keywordSpan });
  }
  for (const h of node.heredocs) {
    if (!h.closed)
      out.push({
        message: `Here-document "${h.name}" is not closed: add a line "${h.name}" after its body.`,
        span: h.markerSpan,
      });
  }
  return out;
}

/** The shell script of a RUN, or of a shell-form CMD / ENTRYPOINT (when the stage's shell is POSIX). */
function shellOf(node: InstructionNode, { text, escapeChar }: Reader): ShellScript | null {
  if (node.keyword === 'RUN') return runScript(node, text, escapeChar);
  if ((node.keyword === 'CMD' || node.keyword === 'ENTRYPOINT') && !node.json && node.argsSpan)
    return parseShell(joinContinuations(node.argsText, node.argsSpan.start, escapeChar));
  return null;
}

/** What the shell parser found wrong in each script, in instruction order. */
function shellProblems(instructions: readonly InstructionNode[]): ParseProblem[] {
  const out: ParseProblem[] = [];
  for (const node of instructions) {
    for (const p of node.shell?.problems ?? []) out.push({ message: `Shell: ${p.message}.`, span: p.span });
    for (const p of node.trigger?.shell?.problems ?? [])
      out.push({ message: `Shell: ${p.message}.`, span: p.span });
  }
  return out;
}

/** A node while the model is being built: the model's types are read-only once it is returned. */
type Building<T> = { -readonly [K in keyof T]: T[K] };
type BuildingStage = Building<StageNode> & { instructions: InstructionNode[] };

function jsonString(raw: string): string {
  const quoted = raw.startsWith('"') ? raw : `"${raw}"`;
  try {
    const v: unknown = JSON.parse(quoted.replace(/\r?\n/g, ''));
    return typeof v === 'string' ? v : raw;
  } catch {
    return raw.replace(/^"|"$/g, '');
  }
}

const JSON_ESCAPES: Record<string, string> = { b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

/**
 * The value of a JSON string token with each character's offset in the Dockerfile: an escape such
 * as `\u007a` is one character of the script but six of the file, so edits to a word of an
 * exec-form `sh -c` script must land on the escape, not a few characters off.
 */
function jsonStringMapped(text: string, span: Span): MappedText {
  const open = text[span.start] === '"' ? span.start + 1 : span.start;
  const close = text[span.end - 1] === '"' && span.end - 1 >= open ? span.end - 1 : span.end;
  const raw = text.slice(open, close);
  if (!raw.includes('\\')) return mapped(raw, open);
  let out = '';
  const offsets: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < raw.length; i++) {
    const at = open + i;
    const c = raw[i]!;
    if (c !== '\\' || i + 1 >= raw.length) {
      out += c;
      offsets.push(at);
      ends.push(at + 1);
      continue;
    }
    const e = raw[i + 1]!;
    if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(raw.slice(i + 2, i + 6))) {
      out += String.fromCharCode(Number.parseInt(raw.slice(i + 2, i + 6), 16));
      offsets.push(at);
      ends.push(at + 6);
      i += 5;
    } else if (e === '\n' || e === '\r') {
      // A line continuation inside the JSON text: dropped, as the Dockerfile parser does.
      if (e === '\r' && raw[i + 2] === '\n') i++;
      i++;
    } else {
      out += JSON_ESCAPES[e] ?? e;
      offsets.push(at);
      ends.push(at + 2);
      i += 1;
    }
  }
  return mappedText(out, offsets, 0, undefined, ends);
}

function emptyModel(text: string, lines: LineIndex, problems: ParseProblem[]): DockerfileModel {
  return {
    text,
    lines,
    escapeChar: '\\',
    directives: [],
    comments: [],
    instructions: [],
    globalArgs: [],
    stages: [],
    problems,
    windows: false,
  };
}

/** The span from one word's start to another's end (one word's span when they are the same). */
function wordSpan(first: Argument, last: Argument, toSpan: (r: LspRange | null) => Span): Span {
  const a: unknown = first;
  const b: unknown = last;
  if (a instanceof OffsetArgument && b instanceof OffsetArgument)
    return { start: a.span.start, end: Math.max(a.span.start, b.span.end) };
  return toSpan({ start: first.getRange().start, end: last.getRange().end });
}

/** dockerfile-ast's words as the model's: the adapter's words are `ArgToken`s already. */
function modelWords(words: readonly Argument[], toSpan: (r: LspRange | null) => Span): readonly ArgToken[] {
  const list: readonly unknown[] = words;
  if (list.every((w) => w instanceof OffsetArgument)) return list as readonly OffsetArgument[];
  return words.map((a) => ({ value: a.getValue(), span: wordSpan(a, a, toSpan) }));
}

function flagNode(f: Flag, toSpan: (r: LspRange | null) => Span): FlagNode {
  const options: Record<string, string> = {};
  for (const o of f.getOptions()) options[o.getName()] = o.getValue() ?? '';
  const valueRange = f.getValueRange();
  return {
    name: f.getName(),
    value: f.getValue(),
    span: toSpan(f.getRange()),
    valueSpan: valueRange ? toSpan(valueRange) : null,
    options,
  };
}

function heredocNode(h: Heredoc, text: string, toSpan: (r: LspRange | null) => Span): HeredocNode {
  const content = h.getContentRange();
  const contentSpan = content ? toSpan(content) : null;
  return {
    name: h.getName(),
    markerSpan: toSpan(h.getStartRange()),
    contentSpan,
    content: contentSpan ? text.slice(contentSpan.start, contentSpan.end) : '',
    closed: h.getDelimiterRange() !== null,
  };
}

function propertyNode(p: Property, text: string, toSpan: (r: LspRange | null) => Span): PropertyNode {
  const valueRange = p.getValueRange();
  const valueSpan = valueRange ? toSpan(valueRange) : null;
  return {
    name: p.getName(),
    value: p.getValue(),
    rawValue: valueSpan ? text.slice(valueSpan.start, valueSpan.end) : null,
    span: toSpan(p.getRange()),
    nameSpan: toSpan(p.getNameRange()),
    valueSpan,
    hasEquals: p.getAssignmentOperator() === '=',
  };
}

/** The commands of a RUN: shell form, exec form with `sh -c`, and here-document scripts. */
function runScript(node: InstructionNode, text: string, escapeChar: string): ShellScript | null {
  if (node.json) {
    // Exec form runs no shell unless it names one with -c; otherwise its one command is the array.
    const words = node.json;
    const prog = words[0]?.value ?? '';
    const cIndex = words.findIndex((w, i) => i > 0 && /^-[abd-zA-Z]*c[a-zA-Z]*$/.test(w.value));
    if (POSIX_SHELL.test(prog) && cIndex > 0 && words[cIndex + 1]) {
      const w = words[cIndex + 1]!;
      return parseShell(jsonStringMapped(text, w.span), { context: 'sh-c', depth: 1 });
    }
    return execFormScript(words);
  }
  if (!node.argsSpan) return null;
  let end = node.argsSpan.end;
  const firstBody = node.heredocs.find((h) => h.contentSpan)?.contentSpan;
  if (node.heredocs.length) {
    // The command line ends where the first here-document body begins.
    const marker = node.heredocs[0]!.markerSpan.end;
    const nl = text.indexOf('\n', marker);
    end = Math.min(end, nl >= 0 ? nl : end, firstBody ? firstBody.start : end);
  }
  const src: MappedText = joinContinuations(
    text.slice(node.argsSpan.start, end),
    node.argsSpan.start,
    escapeChar,
  );
  const script = parseShell(src, { externalHeredocs: node.heredocs.length > 0 });
  if (node.heredocs.length) {
    for (const h of node.heredocs) {
      if (!h.contentSpan) continue;
      // A here-document is a script when RUN has no command of its own, or feeds a bare shell.
      const feeding = script.commands.find((c) =>
        c.redirects.some((r) => (r.op === '<<' || r.op === '<<-') && r.target && r.target.value === h.name),
      );
      const isScript =
        !feeding ||
        feeding.argv.length === 0 ||
        (/^(sh|bash|dash|ash|zsh)$/.test(feeding.name) && feeding.args.every((a) => a.value.startsWith('-')));
      if (!isScript) continue;
      const inner = parseShell(mapped(h.content, h.contentSpan.start), { context: 'heredoc', depth: 1 });
      script.commands.push(...inner.commands);
      script.problems.push(...inner.problems);
    }
    script.commands = script.commands.filter((c) => c.argv.length > 0 || c.assignments.length > 0);
    script.commands.sort((a, b) => a.span.start - b.span.start);
  }
  return script;
}
