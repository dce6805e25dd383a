import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { explainCommand, listRules } from './commands/explain.js';
import { lintCommand } from './commands/lint.js';
import { isThreshold } from './config.js';
import { isFormat } from './formats/index.js';
import { errorLine, type Io, processIo, wantsColor } from './io.js';
import type { Lang } from './types.js';

const VERSION: string = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version;

/** Largest user id Docker and Linux accept everywhere (signed 32-bit). */
const MAX_UID = 2 ** 31 - 1;

const HELP = `dop — Dockerfile Optimizer ${VERSION}

Usage:
  dop lint [paths|globs|-]   find problems (a folder is searched for Dockerfiles, honouring .gitignore)
      --format F             tty (default), json, sarif, checkstyle, github, gitlab
      --failure-threshold T  error, warning (default), info, style, none
      --fix                  apply every safe fix in place and report what changed
      --unsafe-fixes         with --fix: also apply fixes marked "review"
      --ignore ID            switch a rule off (ours, or a hadolint/BuildKit/Trivy id); repeatable
      --stdin-filename NAME  the name to report for '-' (and to find its config by)
      --with-rewrite         also run the rewriter on each file and say how much it would change
      --context DIR          the build context (default: each Dockerfile's folder; none for stdin)
      --no-context           leave the build context out (rules that need it stay quiet)
  dop rewrite FILE|-         print the optimized Dockerfile; the changes go to stderr
      -o, --output OUT       write it to OUT instead
      --diff                 print a unified diff instead
      --dockerignore PATH    also write the suggested .dockerignore to PATH
      --force                overwrite existing OUT / PATH
      --reject CHANGE_ID     leave one change out; repeatable
      --no-multi-stage       do not restructure into build and runtime stages
      --cache-mounts         keep package caches in BuildKit cache mounts instead of cleaning them
      --uid N                numeric user of the runtime stage (default 10001)
      --context DIR          the build context the rewrite learns from (default: the file's folder)
      --no-context           rewrite from the Dockerfile alone
      --format json          one JSON document: the output, the .dockerignore, the changes, what was learned
  dop explain ID             explain a rule: DOP050, a slug, or a peer's id such as DL3008
  dop explain --list         list every rule
  dop share FILE|-           print a playground permalink carrying the file
      --base URL             the playground's address (default: DOP_PLAYGROUND_URL, else http://localhost:5173/)

Common options:
  --lang en|ko               language of messages (default: DOP_LANG, else en)
  --config FILE              use this config instead of the nearest .dop.yaml / .hadolint.yaml
  --color, --no-color        force colour on or off (default: on a terminal, unless NO_COLOR)
  -h, --help, -v, --version

Exit codes: 0 clean, 1 findings at or above the threshold, 2 usage, config or I/O error.
`;

/** Runs the CLI; returns the exit code. Never throws on user error. */
export async function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
  let parsed: ReturnType<typeof parseOptions>;
  try {
    parsed = parseOptions(argv);
  } catch (e) {
    errorLine(io, `${(e as Error).message}\nRun \`dop --help\` for usage.`);
    return 2;
  }
  const { values: v, positionals } = parsed;
  if (v.version) {
    io.out(`${VERSION}\n`);
    return 0;
  }
  const [command, ...rest] = positionals;
  if (v.help || !command) {
    (command || v.help ? io.out : io.err)(HELP);
    return v.help ? 0 : 2;
  }

  const lang = v.lang ?? (io.env.DOP_LANG || 'en');
  if (lang !== 'en' && lang !== 'ko') return usage(io, `--lang must be en or ko, not "${lang}"`);
  const colorFlag = v.color ? true : v['no-color'] ? false : undefined;

  switch (command) {
    case 'lint': {
      const format = v.format ?? 'tty';
      if (!isFormat(format))
        return usage(io, `unknown format "${format}" (tty, json, sarif, checkstyle, github, gitlab)`);
      const threshold = v['failure-threshold'];
      if (threshold !== undefined && !isThreshold(threshold)) {
        return usage(
          io,
          `--failure-threshold must be error, warning, info, style or none, not "${threshold}"`,
        );
      }
      if (v['unsafe-fixes'] && !v.fix) return usage(io, '--unsafe-fixes only makes sense with --fix');
      const contextError = checkContext(v.context, v['no-context'], io.cwd);
      if (contextError) return usage(io, contextError);
      return lintCommand(
        {
          paths: rest,
          format,
          ...(threshold !== undefined ? { failureThreshold: threshold } : {}),
          lang: lang as Lang,
          color: format === 'tty' && wantsColor(io, colorFlag, io.stdoutTty),
          fix: v.fix ? (v['unsafe-fixes'] ? 'review' : 'safe') : null,
          config: v.config ?? null,
          ignore: v.ignore ?? [],
          stdinFilename: v['stdin-filename'] ?? null,
          withRewrite: Boolean(v['with-rewrite']),
          context: v['no-context'] ? 'none' : { dir: v.context ?? null },
          version: VERSION,
        },
        io,
      );
    }
    case 'rewrite': {
      if (rest.length !== 1) return usage(io, '`dop rewrite` takes exactly one FILE (or - for stdin)');
      // Digits only (no 1e3, 0x10, -0) and within what a Linux user id can be.
      const uid = v.uid === undefined ? undefined : /^\d{1,10}$/.test(v.uid) ? Number(v.uid) : Number.NaN;
      if (uid !== undefined && !(Number.isSafeInteger(uid) && uid >= 0 && uid <= MAX_UID))
        return usage(io, `--uid must be a whole number from 0 to ${MAX_UID}, not "${v.uid}"`);
      const contextError = checkContext(v.context, v['no-context'], io.cwd);
      if (contextError) return usage(io, contextError);
      if (v.format !== undefined && v.format !== 'json' && v.format !== 'text')
        return usage(io, `\`dop rewrite --format\` takes text (default) or json, not "${v.format}"`);
      // Loaded on use: `dop lint` never reads the rewriter (a chunk of its own in the bundle).
      const { rewriteCommand } = await import('./commands/rewrite.js');
      return rewriteCommand(
        {
          file: rest[0]!,
          output: v.output ?? null,
          diff: Boolean(v.diff),
          dockerignore: v.dockerignore ?? null,
          force: Boolean(v.force),
          lang: lang as Lang,
          color: wantsColor(io, colorFlag, io.stderrTty),
          config: v.config ?? null,
          reject: v.reject ?? [],
          multiStage: v['no-multi-stage'] ? false : undefined,
          cacheMounts: v['cache-mounts'] ? true : undefined,
          uid,
          context: v['no-context'] ? 'none' : { dir: v.context ?? null },
          json: v.format === 'json',
        },
        io,
      );
    }
    case 'explain': {
      if (v.list) return listRules(lang as Lang, io);
      if (rest.length !== 1) return usage(io, '`dop explain` takes one rule id, e.g. `dop explain DL3008`');
      return explainCommand(rest[0]!, lang as Lang, wantsColor(io, colorFlag, io.stdoutTty), io);
    }
    case 'share': {
      if (rest.length !== 1) return usage(io, '`dop share` takes exactly one FILE (or - for stdin)');
      const { shareCommand } = await import('./commands/share.js');
      return shareCommand(rest[0]!, lang as Lang, v.base ?? null, io);
    }
    default:
      return usage(io, `unknown command "${command}" (lint, rewrite, explain, share)`);
  }
}

function parseOptions(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      format: { type: 'string', short: 'f' },
      'failure-threshold': { type: 'string', short: 't' },
      fix: { type: 'boolean' },
      'unsafe-fixes': { type: 'boolean' },
      ignore: { type: 'string', multiple: true },
      'stdin-filename': { type: 'string' },
      'with-rewrite': { type: 'boolean' },
      context: { type: 'string' },
      'no-context': { type: 'boolean' },
      base: { type: 'string' },
      output: { type: 'string', short: 'o' },
      diff: { type: 'boolean' },
      dockerignore: { type: 'string' },
      force: { type: 'boolean' },
      reject: { type: 'string', multiple: true },
      'no-multi-stage': { type: 'boolean' },
      'cache-mounts': { type: 'boolean' },
      uid: { type: 'string' },
      list: { type: 'boolean' },
      lang: { type: 'string' },
      config: { type: 'string', short: 'c' },
      color: { type: 'boolean' },
      'no-color': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
    },
  });
}

function usage(io: Io, message: string): number {
  errorLine(io, `${message}\nRun \`dop --help\` for usage.`);
  return 2;
}

/** Why --context / --no-context cannot be used as given, or null. */
function checkContext(dir: string | undefined, none: boolean | undefined, cwd: string): string | null {
  if (dir !== undefined && none) return '--context and --no-context exclude each other';
  if (dir !== undefined && !isDirectory(path.resolve(cwd, dir))) return `--context ${dir}: not a folder`;
  return null;
}

function isDirectory(dir: string): boolean {
  try {
    return statSync(dir).isDirectory();
  } catch {
    return false;
  }
}
