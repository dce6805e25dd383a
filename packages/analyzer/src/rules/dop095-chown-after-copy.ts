import { substituteVariables } from '../model/image-ref.js';
import type { DockerfileModel, InstructionNode } from '../model/types.js';
import { positionals } from '../shell/command.js';
import type { SimpleCommand } from '../shell/types.js';
import type { Span, TextEdit } from '../types.js';
import { defineRule } from './define.js';
import { setInRun } from './support/env.js';
import { variablesBefore } from '../model/state-at.js';
import { copiesFromElsewhere, copySources, isUnder, joinPath, workdirAt } from './support/layers.js';

/** The COPY flag each command maps to; chmod only for numeric modes (what every COPY --chmod takes). */
const COMMANDS: Record<string, { flag: 'chown' | 'chmod'; value: (v: string) => boolean }> = {
  chown: { flag: 'chown', value: (v) => !v.includes('$') },
  chmod: { flag: 'chmod', value: (v) => /^[0-7]{3,4}$/.test(v) },
};

/** Instructions that may stand between the COPY and the RUN without mattering to the fix. */
const NEUTRAL = new Set(['LABEL', 'EXPOSE', 'ENV', 'ARG']);

interface Copied {
  ins: InstructionNode;
  dest: string;
  /** One file to a file name: a command on the destination alone (no -R) reaches all it copied. */
  oneFile: boolean;
}

/** Whether an instruction (or its ONBUILD trigger) is a RUN with a command this rule reads. */
function changesOwnerOrMode(node: InstructionNode): boolean {
  const ins = node.trigger ?? node;
  return ins.keyword === 'RUN' && (ins.shell?.commands ?? []).some((c) => COMMANDS[c.name]);
}

export const rule = defineRule({
  meta: {
    id: 'DOP095',
    slug: 'chown-after-copy',
    title: { en: 'chown/chmod in a RUN after COPY', ko: 'COPY 다음 RUN에서 chown/chmod' },
    severity: 'warning',
    practices: ['P36', 'P16'],
    aka: {},
    fixable: 'review',
    explanation: {
      en: 'Changing the owner or mode of files in a later RUN writes a full second copy of every one of them into a new layer, so the copied files count twice in the image. Set them while copying with `COPY --chown=user:group` and `COPY --chmod=755` instead.',
      ko: '뒤의 RUN에서 파일의 소유자나 권한을 바꾸면 그 파일 전부가 새 레이어에 한 번 더 기록되어 이미지에 두 번 들어갑니다. 복사할 때 `COPY --chown=user:group`, `COPY --chmod=755`로 정하세요.',
    },
    examples: {
      bad: 'FROM node:22-slim\nWORKDIR /app\nCOPY . /app\nRUN chown -R node:node /app\nUSER node\n',
      badLines: [4],
      onbuild: 'same',
      good: 'FROM node:22-slim\nWORKDIR /app\nCOPY --chown=node:node . /app\nUSER node\n',
    },
  },
  check(ctx) {
    const { model, text } = ctx;
    for (const stage of model.stages) {
      // Most stages run no chown or chmod: their copies (a destination resolved each) need no reading.
      if (!stage.instructions.some(changesOwnerOrMode)) continue;
      const copied: Copied[] = [];
      for (const node of stage.instructions) {
        const ins = node.trigger ?? node;
        if (ins.keyword === 'COPY' || ins.keyword === 'ADD') {
          const ops = copySources(ins);
          const dir = workdirAt(model, ins);
          const dest = ops ? resolved(model, ins, ops.dest.value) : null;
          // an absolute destination needs no WORKDIR (which may itself be `$APP_HOME`)
          const base = dest?.startsWith('/') ? '/' : dir;
          if (!ops || base === null || dest === null) continue;
          if (!copiesFromElsewhere(ins) && ops.sources.some((s) => s.url || s.git)) continue;
          // A file is judged by its name (a folder's contents cannot be seen): `run.sh`, not `.` or `src`.
          const oneFile =
            ops.sources.length === 1 &&
            /^[^*?[]*\.[A-Za-z0-9]+$/.test(ops.sources[0]!.value.split('/').pop() ?? '') &&
            !/\/["']?$/.test(ops.dest.value);
          copied.push({ ins, dest: joinPath(base, dest), oneFile });
          continue;
        }
        if (ins.keyword !== 'RUN' || copied.length === 0) continue;
        const commands = ins.shell?.commands ?? [];
        // A `cd` changes what relative paths mean: judge absolute ones only.
        const moved = commands.some((c) => c.name === 'cd');
        const dir = workdirAt(model, ins);
        for (const cmd of commands) {
          const spec = COMMANDS[cmd.name];
          if (!spec || cmd.args.some((a) => a.value.startsWith('--reference'))) continue;
          const [value, ...paths] = positionals(cmd.args);
          if (!value || paths.length === 0) continue;
          const targets = paths.map((p) => {
            const path = resolved(model, ins, p.value);
            if (path === null || path.startsWith('/')) return path;
            return moved || dir === null ? null : joinPath(dir, path);
          });
          // Without -R a command changes the path it names only: a folder above the copy is not the copy.
          const recursive = cmd.args.some(
            (a) => a.value === '--recursive' || (/^-[a-zA-Z]+$/.test(a.value) && a.value.includes('R')),
          );
          const hits = copied.filter((c) =>
            targets.some((p) => p !== null && p !== '/' && (recursive ? isUnder(c.dest, p) : c.dest === p)),
          );
          if (hits.length === 0) continue;
          const first = hits[0]!;
          const where = first.dest;
          const between = stage.instructions.filter((i) => i.index > first.ins.index && i.index < ins.index);
          const fix =
            targets[0] === first.dest &&
            (recursive || first.oneFile) &&
            between.every((i) => NEUTRAL.has(i.keyword))
              ? foldable(text, ins, cmd, first, hits.length, spec, value.value, paths.length)
              : null;
          ctx.report({
            span: cmd.span,
            message: {
              en: `\`${cmd.name}\` on ${where}, copied at line ${first.ins.startLine + 1}, stores those files a second time; use \`COPY --${spec.flag}=${value.value}\` there.`,
              ko: `${first.ins.startLine + 1}행에서 복사한 ${where}에 \`${cmd.name}\`을(를) 하면 그 파일들이 한 번 더 저장됩니다. 그 COPY에 \`--${spec.flag}=${value.value}\`을(를) 쓰세요.`,
            },
            related: [first.ins.span],
            fix: fix
              ? {
                  title: { en: `Move into COPY --${spec.flag}`, ko: `COPY --${spec.flag}로 옮기기` },
                  safety: 'review',
                  edits: fix,
                }
              : undefined,
          });
        }
      }
    }
  },
});

/**
 * A path with its variables replaced by the values the Dockerfile gives them before `ins` (ENV, ARG),
 * or null when one is unknown, or when a RUN sets it itself.
 */
function resolved(model: DockerfileModel, ins: InstructionNode, path: string): string | null {
  if (!path.includes('$')) return path;
  const r = substituteVariables(path, variablesBefore(model, ins));
  if (r.unresolved.length > 0 || r.value.includes('$')) return null;
  if (ins.keyword === 'RUN' && r.used.some((name) => setInRun(ins, name))) return null;
  return r.value;
}

/**
 * Edits that add the flag to the COPY and take the command out of the RUN, when it names one path,
 * the COPY's destination, right after the COPY (nothing else written there in between), covers one COPY, and is the RUN's only command (the RUN goes) or the first of a `&&` chain (the
 * rest runs after it either way, on files that already have the owner). Review: COPY --chown does
 * not change an existing destination directory.
 */
function foldable(
  text: string,
  run: InstructionNode,
  cmd: SimpleCommand,
  copy: Copied,
  hitCount: number,
  spec: (typeof COMMANDS)[string],
  value: string,
  pathCount: number,
): TextEdit[] | null {
  if (hitCount !== 1 || pathCount !== 1 || !spec.value(value)) return null;
  if (run.onbuild || copy.ins.onbuild || run.heredocs.length || run.flags.length) return null;
  if (copy.ins.flags.some((f) => f.name.toLowerCase() === spec.flag)) return null;
  const at = copy.ins.keywordSpan.end;
  const flag = { start: at, end: at, text: ` --${spec.flag}=${value}` };
  const commands = run.shell?.commands ?? [];
  if (commands.length === 1) return [flag, wholeLine(text, run.span)];
  const next = commands[1];
  const chain =
    commands[0] === cmd &&
    commands.every(
      (c, i) =>
        c.context === 'top' && c.depth === 0 && c.pipeline.size === 1 && (i === 0 || c.connector === '&&'),
    );
  return chain && next ? [flag, { start: cmd.span.start, end: next.span.start, text: '' }] : null;
}

/** Deletes the lines of a span, with the indentation before it and the line break after it. */
function wholeLine(text: string, span: Span): TextEdit {
  let end = span.end;
  if (text[end] === '\r') end++;
  if (text[end] === '\n') end++;
  let start = span.start;
  while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
  return { start, end, text: '' };
}
