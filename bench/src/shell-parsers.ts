/**
 * The shell-parser measurement behind the analyzer's choice (issue 3): every shell-form RUN body
 * of the corpus parsed by ours and by the candidates on npm. Measured: bodies parsed without an
 * error, agreement on the command names with mvdan-sh (the Go `sh` parser's JS build, the most
 * faithful POSIX/Bash parser available), time per body, and the gzipped browser bundle size.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildModel, shell } from '@dop/analyzer';
import { PEERS_DIR } from './setup.js';
import { round, stats } from './stats.js';

export interface ParserResult {
  parser: string;
  bodies: number;
  parsed: number;
  /** Bodies whose list of command names equals mvdan-sh's (among bodies both parsed). */
  sameCommandsAsMvdan: number;
  comparable: number;
  medianMicros: number;
  p99Micros: number;
  bundleKBgz: number | null;
  note: string;
}

/** Command names in order; null when the body did not parse; 'opaque' when it parsed but the AST hides them. */
// biome-ignore lint/suspicious/noExplicitAny: the candidates' ASTs have no types.
type Untyped = any;

type Names = string[] | null | 'opaque';

/** Declarations are commands to us and a separate node kind to mvdan-sh: left out of the comparison. */
const DECLARATIONS = new Set(['export', 'declare', 'local', 'readonly', 'typeset']);

function normalize(names: string[]): string {
  return names.filter((n) => n !== '' && !DECLARATIONS.has(n)).join(' ');
}

export async function compareShellParsers(
  corpusTexts: readonly string[],
  log: (s: string) => void,
): Promise<ParserResult[]> {
  const bodies = runBodies(corpusTexts);
  log(`shell parsers: ${bodies.length} RUN bodies`);
  const req = createRequire(path.join(PEERS_DIR, 'package.json'));
  const candidates: {
    name: string;
    note: string;
    entry: string | null;
    names: (body: string) => Names | Promise<Names>;
  }[] = [
    {
      name: 'ours (packages/analyzer/src/shell)',
      note: 'focused parser: argv, spans in original offsets, sh -c / heredoc unwrapping',
      entry: null,
      names: ours,
    },
  ];
  const mvdan = tryRequire(req, 'mvdan-sh');
  if (mvdan)
    candidates.push({
      name: 'mvdan-sh 0.10.1',
      note: 'GopherJS build of mvdan/sh; upstream marks it unmaintained',
      entry: 'mvdan-sh',
      names: (b) => mvdanNames(mvdan, b),
    });
  const bashParser = tryRequire(req, 'bash-parser');
  if (bashParser)
    candidates.push({
      name: 'bash-parser 0.5.0',
      note: 'unmaintained since 2017; needs Node fs at run time',
      entry: 'bash-parser',
      names: (b) => bashParserNames(bashParser, b),
    });
  const shSyntax = await tryImport(req, 'sh-syntax');
  if (shSyntax)
    candidates.push({
      name: 'sh-syntax 0.7',
      note: 'mvdan/sh compiled to WebAssembly (size includes the .wasm); async API; AST keeps no command words, so commands cannot be compared',
      entry: 'sh-syntax',
      names: (b) => shSyntaxNames(shSyntax, b),
    });

  const reference: Names[] = [];
  if (mvdan) for (const b of bodies) reference.push(mvdanNames(mvdan, b));

  const results: ParserResult[] = [];
  for (const c of candidates) {
    const times: number[] = [];
    let parsed = 0;
    let same = 0;
    let comparable = 0;
    for (let i = 0; i < bodies.length; i++) {
      const t0 = process.hrtime.bigint();
      const names = await c.names(bodies[i]!);
      times.push(Number(process.hrtime.bigint() - t0) / 1000);
      if (names === null) continue;
      parsed++;
      const ref = reference[i];
      if (ref && ref !== 'opaque' && names !== 'opaque') {
        comparable++;
        if (normalize(names) === normalize(ref)) same++;
      }
    }
    const s = stats(times);
    results.push({
      parser: c.name,
      bodies: bodies.length,
      parsed,
      sameCommandsAsMvdan: same,
      comparable,
      medianMicros: round(s.median, 1),
      p99Micros: round(s.p99, 1),
      bundleKBgz: bundleSize(c.entry),
      note: c.note,
    });
  }
  return results;
}

/** Shell-form RUN bodies, continuations joined, as the shell would receive them. */
function runBodies(texts: readonly string[]): string[] {
  const out: string[] = [];
  for (const text of texts) {
    const model = buildModel(text);
    for (const ins of model.instructions) {
      if (ins.keyword !== 'RUN' || ins.json || !ins.argsSpan || ins.heredocs.length > 0) continue;
      out.push(shell.joinContinuations(ins.argsText, ins.argsSpan.start, model.escapeChar).text);
    }
  }
  return out;
}

function ours(body: string): Names {
  const script = shell.parseShell(shell.mapped(body, 0));
  if (script.problems.length > 0) return null;
  return script.commands
    .filter((c) => c.context === 'top' || c.context === 'subshell')
    .map((c) => unquote(c.argv[0]?.raw ?? ''));
}

// The three candidates' ASTs differ; each walker collects the first word of every simple command
// outside command substitutions, in source order, to compare like with like.
function mvdanNames(mod: Untyped, body: string): Names {
  try {
    const parser = mod.syntax.NewParser();
    const file = parser.Parse(body, 'run');
    const names: { pos: number; name: string }[] = [];
    mod.syntax.Walk(file, (node: Untyped) => {
      if (!node) return true;
      if (mod.syntax.NodeType(node) === 'CmdSubst') return false;
      if (mod.syntax.NodeType(node) === 'CallExpr' && node.Args && node.Args.length > 0) {
        const w = node.Args[0];
        names.push({ pos: w.Pos().Offset(), name: unquote(body.slice(w.Pos().Offset(), w.End().Offset())) });
      }
      return true;
    });
    return names.sort((a, b) => a.pos - b.pos).map((n) => n.name);
  } catch {
    return null;
  }
}

function unquote(s: string): string {
  return s.replace(/['"]/g, '');
}

function bashParserNames(parse: Untyped, body: string): Names {
  try {
    const ast = parse(body);
    const names: { pos: number; name: string }[] = [];
    const walk = (n: Untyped, inSubst: boolean) => {
      if (!n || typeof n !== 'object') return;
      if (Array.isArray(n)) {
        for (const x of n) walk(x, inSubst);
        return;
      }
      if (n.type === 'Command' && n.name && !inSubst)
        names.push({ pos: names.length, name: unquote(n.name.text) });
      for (const [k, v] of Object.entries(n)) if (k !== 'expansion') walk(v, inSubst);
    };
    walk(ast, false);
    return names.map((n) => n.name);
  } catch {
    return null;
  }
}

/** sh-syntax's AST keeps positions but drops the command nodes' words, so names cannot be read. */
async function shSyntaxNames(mod: Untyped, body: string): Promise<Names> {
  try {
    await mod.parse(body);
    return 'opaque';
  } catch {
    return null;
  }
}

function tryRequire(req: NodeJS.Require, name: string): Untyped {
  try {
    return req(name);
  } catch {
    return null;
  }
}

async function tryImport(req: NodeJS.Require, name: string): Promise<Untyped> {
  try {
    return await import(req.resolve(name));
  } catch {
    return null;
  }
}

/** Minified browser bundle of the package (or of our shell module), gzipped, in KB. */
function bundleSize(entry: string | null): number | null {
  const esbuild = path.join(PEERS_DIR, 'node_modules', '.bin', 'esbuild');
  const target = entry ?? path.resolve(import.meta.dirname, '../../packages/analyzer/src/shell/index.ts');
  // Node built-ins are left out (a browser build would need shims for them: noted per parser).
  const args = [
    '--bundle',
    '--minify',
    '--format=esm',
    '--platform=browser',
    '--log-level=error',
    '--external:fs',
    '--external:path',
    '--external:node:*',
  ];
  try {
    const out = entry
      ? execFileSync(esbuild, [...args, '--main-fields=browser,module,main'], {
          cwd: PEERS_DIR,
          input: `export * from '${entry}';`,
          maxBuffer: 64 * 1024 * 1024,
        })
      : execFileSync(esbuild, [...args, target], { maxBuffer: 64 * 1024 * 1024 });
    let size = gzipSync(out).length;
    // sh-syntax loads its WebAssembly at run time: count the .wasm too.
    if (entry === 'sh-syntax') {
      const req = createRequire(path.join(PEERS_DIR, 'package.json'));
      const dir = path.dirname(req.resolve('sh-syntax/package.json'));
      for (const f of ['main.wasm', 'dist/main.wasm']) {
        try {
          size += gzipSync(readFileSync(path.join(dir, f))).length;
          break;
        } catch {}
      }
    }
    return round(size / 1024, 1);
  } catch {
    return null;
  }
}
