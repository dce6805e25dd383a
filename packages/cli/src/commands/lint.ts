import path from 'node:path';
import { RULES, RuleLookup, SEVERITY_ORDER } from '@dop/analyzer';
import { type Config, ConfigError, ConfigResolver, type Threshold } from '../config.js';
import { discover } from '../discover.js';
import { FORMAT_WRITERS, type FormatName } from '../formats/index.js';
import { errorLine, type Io, progress } from '../io.js';
import type { LintJob } from '../lint-file.js';
import { runJobs } from '../pool.js';
import { readStdin } from '../read-input.js';
import type { Lang } from '../types.js';

export interface LintArgs {
  paths: string[];
  format: FormatName;
  failureThreshold?: Threshold;
  lang: Lang;
  color: boolean;
  fix: 'safe' | 'review' | null;
  config: string | null;
  ignore: string[];
  stdinFilename: string | null;
  withRewrite: boolean;
  /** The build context: null = each Dockerfile's own folder (none for stdin), a folder for all, or none at all. */
  context: { dir: string | null } | 'none';
  version: string;
}

export const DEFAULT_THRESHOLD: Threshold = 'warning';
const lookup = new RuleLookup(RULES);

/** `dop lint`: exit 0 clean, 1 findings at or above the threshold, 2 usage, config or I/O error. */
export async function lintCommand(args: LintArgs, io: Io): Promise<number> {
  const found = await discover(args.paths, io.cwd);
  let ioError = found.problems.length > 0;
  for (const p of found.problems) errorLine(io, `${p.arg}: ${p.message}`);
  if (found.targets.length === 0) {
    if (!ioError) errorLine(io, `no Dockerfiles found in ${args.paths.join(' ') || '.'}`);
    return 2;
  }

  const resolver = new ConfigResolver(args.config ? path.resolve(io.cwd, args.config) : null);
  const warned = new Set<string>();
  const jobs: LintJob[] = [];
  const thresholds: Threshold[] = [];
  try {
    for (const t of found.targets) {
      const file = t.kind === 'file' ? t.path : null;
      const config = await resolver.forFile(file ?? path.join(io.cwd, args.stdinFilename ?? 'Dockerfile'));
      warnOnce(config, warned, io);
      const options = {
        ...config.analyze,
        disabledRules: [...(config.analyze.disabledRules ?? []), ...args.ignore],
      };
      thresholds.push(args.failureThreshold ?? config.failureThreshold ?? DEFAULT_THRESHOLD);
      if (file === null) {
        const read = await readStdin();
        if (!read.ok) {
          errorLine(io, `stdin: ${read.error}`);
          ioError = true;
          thresholds.pop();
          continue;
        }
        jobs.push({
          file: null,
          text: read.text,
          display: args.stdinFilename ?? '-',
          options,
          // stdin has no folder of its own: only a context named with --context
          ...contextOf(
            args.context === 'none' || args.context.dir === null ? null : args.context.dir,
            io.cwd,
          ),
          ...(args.fix ? { fix: args.fix } : {}),
          withRewrite: args.withRewrite,
        });
      } else {
        jobs.push({
          file,
          display: display(file, io.cwd),
          options,
          ...contextOf(args.context === 'none' ? null : (args.context.dir ?? path.dirname(file)), io.cwd),
          ...(args.fix ? { fix: args.fix } : {}),
          withRewrite: args.withRewrite,
        });
      }
    }
  } catch (e) {
    if (e instanceof ConfigError) {
      errorLine(io, `config error: ${e.message}`);
      return 2;
    }
    throw e;
  }

  const ctx = { lang: args.lang, color: args.color, version: args.version };
  // Each file's output is written (tty) or kept as text (the others) as it comes: a run over
  // thousands of files holds no result objects until its end.
  const writer = FORMAT_WRITERS[args.format](ctx);
  const failed: { path: string; error: string }[] = [];
  const bar = progress(io, jobs.length, args.fix ? 'fixing' : 'linting');
  let failing = false;
  let done = 0;
  const written: string[] = [];
  const outClosed = io.outClosed ?? (() => false);
  await runJobs(
    jobs,
    (r, i) => {
      done++;
      if (r.fix?.written) written.push(r.path);
      bar.tick();
      if (r.error) ioError = true;
      const threshold = thresholds[i] ?? DEFAULT_THRESHOLD;
      if (
        threshold !== 'none' &&
        r.findings.some((f) => SEVERITY_ORDER[f.severity] >= SEVERITY_ORDER[threshold])
      )
        failing = true;
      if (r.error) failed.push({ path: r.path, error: r.error });
      const chunk = writer.add(r);
      if (chunk) {
        bar.done();
        io.out(chunk);
      }
    },
    undefined,
    outClosed,
  );
  bar.done();
  if (outClosed()) {
    // The reader went away (`| head`): say on stderr what this run did and did not do.
    if (args.fix) {
      const names =
        written.length > 0 ? `: ${written.slice(0, 20).join(', ')}${written.length > 20 ? ', …' : ''}` : '';
      errorLine(
        io,
        `standard output was closed; stopped after ${done} of ${jobs.length} files. ${written.length} file${written.length === 1 ? ' was' : 's were'} fixed and written${names}; the other ${jobs.length - written.length} were not changed.`,
      );
    }
    return 2;
  }
  // The document in chunks of about 64 KB: not one string (a second copy of the whole output),
  // not one write per piece (thousands of small writes).
  let chunk = '';
  for (const piece of writer.end()) {
    chunk += piece;
    if (chunk.length >= 65_536) {
      io.out(chunk);
      chunk = '';
    }
  }
  if (chunk) io.out(chunk);
  for (const r of failed) errorLine(io, `${r.path}: ${r.error}`);
  if (ioError) return 2;
  return failing ? 1 : 0;
}

function warnOnce(config: Config, warned: Set<string>, io: Io): void {
  if (!config.source || warned.has(config.source)) return;
  warned.add(config.source);
  for (const w of config.warnings) errorLine(io, `warning: ${w}`);
  const keys = [
    ...(config.analyze.disabledRules ?? []),
    ...(config.analyze.enabledRules ?? []),
    ...Object.keys(config.analyze.severityOverrides ?? {}),
  ];
  const unknown = lookup.resolveAll(keys).unknown;
  for (const id of unknown) {
    const why = /^SC\d+$/i.test(id)
      ? 'ShellCheck ids are not checked by this tool'
      : 'no rule has this id or alias';
    errorLine(io, `warning: ${config.source}: ${id}: ${why}`);
  }
}

/** The context folder of a job, and how reports show it. */
function contextOf(dir: string | null, cwd: string): { contextDir: string | null; contextShown?: string } {
  if (dir === null) return { contextDir: null };
  const abs = path.resolve(cwd, dir);
  return { contextDir: abs, contextShown: display(abs, cwd) || '.' };
}

function display(file: string, cwd: string): string {
  const rel = path.relative(cwd, file);
  return (rel.startsWith('..') || path.isAbsolute(rel) ? file : rel).split(path.sep).join('/');
}
