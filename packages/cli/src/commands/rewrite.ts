import { access } from 'node:fs/promises';
import path from 'node:path';
import { type LearnedFile, learnedLines, learnFromContext } from '@dop/analyzer';
import { type RewriteOptions, rewrite } from '@dop/rewriter';
import { createTwoFilesPatch } from 'diff';
import { createColors } from 'picocolors';
import { ConfigError, ConfigResolver } from '../config.js';
import { errorLine, type Io } from '../io.js';
import { printable } from '../formats/printable.js';
import { readBuildContext } from '../read-context.js';
import { encode, readDockerfile, readStdin } from '../read-input.js';
import { WriteRefused, writeFileCarefully } from '../safe-write.js';
import type { Lang } from '../types.js';

export interface RewriteArgs {
  file: string;
  output: string | null;
  diff: boolean;
  dockerignore: string | null;
  force: boolean;
  lang: Lang;
  color: boolean;
  config: string | null;
  reject: string[];
  multiStage: boolean | undefined;
  /** `--cache-mounts`: true, else the config decides. */
  cacheMounts?: boolean;
  uid: number | undefined;
  /** The build context: null = the Dockerfile's folder (none for stdin), a folder, or none at all. */
  context: { dir: string | null } | 'none';
  /** Print one JSON document on stdout instead of the Dockerfile and the text on stderr. */
  json?: boolean;
}

/**
 * `dop rewrite`: the optimized Dockerfile (or a unified diff) on stdout or in `-o`; the changes,
 * with their explanations, on stderr so the output stays pipeable.
 */
export async function rewriteCommand(args: RewriteArgs, io: Io): Promise<number> {
  const abs = args.file === '-' ? null : path.resolve(io.cwd, args.file);
  const read = abs ? await readDockerfile(abs) : await readStdin();
  if (!read.ok) {
    errorLine(io, `${args.file}: ${read.error}`);
    return 2;
  }
  let options: RewriteOptions;
  let contextDir: string | null = null;
  try {
    const config = await new ConfigResolver(args.config ? path.resolve(io.cwd, args.config) : null).forFile(
      abs ?? path.join(io.cwd, 'Dockerfile'),
    );
    for (const w of config.warnings) errorLine(io, `warning: ${w}`);
    options = {
      ...config.rewrite,
      rejectedChanges: args.reject,
      ...(args.multiStage !== undefined ? { multiStage: args.multiStage } : {}),
      ...(args.cacheMounts ? { cacheMounts: true } : {}),
      ...(args.uid !== undefined ? { runtimeUid: args.uid } : {}),
    };
    const dir = args.context === 'none' ? null : (args.context.dir ?? (abs ? path.dirname(abs) : null));
    if (dir !== null) {
      contextDir = path.resolve(io.cwd, dir);
      options.context = await readBuildContext(contextDir);
    }
  } catch (e) {
    if (e instanceof ConfigError) {
      errorLine(io, `config error: ${e.message}`);
      return 2;
    }
    throw e;
  }

  const result = rewrite(read.text, options);
  const learned = options.context ? learnFromContext(options.context) : [];
  const shownContext = contextDir === null ? null : shown(contextDir, io.cwd);
  const name = args.file === '-' ? 'Dockerfile' : path.basename(args.file);
  const body = args.json
    ? `${JSON.stringify(
        {
          output: result.output,
          dockerignore: result.dockerignore,
          context: shownContext,
          learned: learned.map((l) => ({ file: l.file, facts: l.facts.map((f) => f[args.lang]) })),
          changes: result.changes.map((c) => ({
            id: c.id,
            transform: c.transform,
            risk: c.risk,
            line: c.sourceRanges[0]?.range.start.line ?? null,
            title: c.title[args.lang],
            explanation: c.explanation[args.lang],
          })),
          notes: result.notes.map((n) => n.message[args.lang]),
        },
        null,
        2,
      )}\n`
    : args.diff
      ? createTwoFilesPatch(`a/${name}`, `b/${name}`, read.text, result.output, undefined, undefined, {
          context: 3,
        })
      : result.output;

  if (args.output) {
    const out = path.resolve(io.cwd, args.output);
    const inPlace = out === abs;
    const present = await exists(out);
    if (!inPlace && !args.force && present) {
      errorLine(io, `${args.output} exists; pass --force to overwrite it`);
      return 2;
    }
    const bytes = encode(body, read.encoding);
    if (!bytes) {
      errorLine(
        io,
        `${args.output}: not written: the output has characters the input's encoding cannot hold`,
      );
      return 2;
    }
    // In place: only over the bytes that were read. Elsewhere: over what is there only with --force.
    const expected = inPlace ? read.bytes : present ? undefined : null;
    const failed = await writeCarefully(out, bytes, expected);
    if (failed) {
      errorLine(io, `${args.output}: not written: ${failed}`);
      return 2;
    }
  } else {
    io.out(body);
  }

  if (args.dockerignore) {
    const target = path.resolve(io.cwd, args.dockerignore);
    if (!args.force && (await exists(target))) {
      errorLine(
        io,
        `${args.dockerignore} exists; not overwritten (pass --force, or compare with the suggestion from --format json)`,
      );
      return 2;
    }
    const failed = await writeCarefully(
      target,
      Buffer.from(result.dockerignore),
      args.force ? undefined : null,
    );
    if (failed) {
      errorLine(io, `${args.dockerignore}: not written: ${failed}`);
      return 2;
    }
  }

  if (!args.json)
    io.err(
      describeLearned(learned, shownContext, args.lang, args.color) + describe(result, args.lang, args.color),
    );
  return 0;
}

/** What the build context taught the rewrite, one line per file; nothing without a context. */
function describeLearned(learned: LearnedFile[], dir: string | null, lang: Lang, color: boolean): string {
  if (dir === null) return '';
  const c = createColors(color);
  const ko = lang === 'ko';
  if (learned.length === 0)
    return c.dim(
      ko ? `빌드 컨텍스트(${dir})에서 알아낸 것 없음\n` : `Nothing learned from the build context (${dir})\n`,
    );
  let out = c.bold(
    ko ? `빌드 컨텍스트(${dir})에서 알아낸 것:\n` : `Learned from the build context (${dir}):\n`,
  );
  for (const line of learnedLines(learned, lang)) out += `  ${printable(line)}\n`;
  return out;
}

function shown(dir: string, cwd: string): string {
  const rel = path.relative(cwd, dir);
  return rel === ''
    ? '.'
    : (rel.startsWith('..') || path.isAbsolute(rel) ? dir : rel).split(path.sep).join('/');
}

function describe(result: ReturnType<typeof rewrite>, lang: Lang, color: boolean): string {
  const c = createColors(color);
  const ko = lang === 'ko';
  let out = '';
  if (result.changes.length === 0) out += ko ? '바꿀 것이 없습니다.\n' : 'No changes.\n';
  else
    out += c.bold(
      ko
        ? `변경 ${result.changes.length}개:\n`
        : `${result.changes.length} change${result.changes.length === 1 ? '' : 's'}:\n`,
    );
  for (const ch of result.changes) {
    const line = ch.sourceRanges[0]?.range.start.line;
    const risk = ch.risk === 'review' ? c.yellow(ko ? ' [검토 필요]' : ' [review]') : '';
    out += `  ${c.dim(line ? `${line}:` : '-')} ${printable(ch.title[lang])}${risk} ${c.dim(`(${ch.practices.join(', ')}; ${ch.id})`)}\n`;
    out += `     ${printable(ch.explanation[lang])}\n`;
  }
  for (const n of result.notes) out += `  ${c.dim(ko ? '참고:' : 'note:')} ${printable(n.message[lang])}\n`;
  const { beforeMB, afterMB } = result.size;
  if (beforeMB > 0 && afterMB > 0 && beforeMB !== afterMB) {
    out += c.dim(
      ko
        ? `  추정 이미지 크기: ${beforeMB} MB → ${afterMB} MB (추정치)\n`
        : `  Estimated image size: ${beforeMB} MB → ${afterMB} MB (estimate)\n`,
    );
  }
  return out;
}

/** Writes atomically; the reason when nothing was written, else null. */
async function writeCarefully(
  file: string,
  bytes: Buffer,
  expected: Buffer | null | undefined,
): Promise<string | null> {
  try {
    await writeFileCarefully(file, bytes, expected === undefined ? {} : { expected });
    return null;
  } catch (e) {
    if (e instanceof WriteRefused) return e.message;
    throw e;
  }
}

async function exists(p: string): Promise<boolean> {
  return access(p).then(
    () => true,
    () => false,
  );
}
