import {
  type DockerfileModel,
  type InstructionNode,
  SCRATCH_DIRS,
  type SimpleCommand,
  shell,
  type TextEdit,
  writesOf,
  writesPath,
} from '@dop/analyzer';
import { isAndChain, isPlainRun, topCommands, wholeLines } from '../text.js';
import { defineTransform } from '../transform.js';

/** Removing these can never change what a later build step sees that it did not create itself. */
const isScratch = (p: string) => SCRATCH_DIRS.some((d) => p.startsWith(`${d}/`));

/** Instructions that may sit between the RUN that made a file and the RUN that deletes it. */
const NEUTRAL = new Set(['RUN', 'ENV', 'ARG', 'LABEL', 'EXPOSE', 'COPY', 'ADD', 'HEALTHCHECK', 'STOPSIGNAL']);

/**
 * `RUN curl -o /tmp/x.tgz …` … `RUN rm -rf /tmp/x.tgz`: a later layer cannot shrink an earlier
 * one, the bytes stay in the image. The removal moves into the RUN that last used the files and
 * the cleanup-only RUN goes away.
 */
export const transform = defineTransform({
  id: 'late-cleanup',
  run(ctx) {
    for (const stage of ctx.model.stages) {
      const list = stage.instructions;
      list.forEach((ins, i) => {
        const paths = cleanupPaths(ins);
        if (!paths) return;
        const spans: { path: string; span: Span }[] = [];
        for (const p of paths) {
          const span = lifeSpan(ctx.model, list, i, p);
          if (!span) return;
          spans.push({ path: p, span });
        }
        // Paths made and last used in one RUN get their removal there. Otherwise the RUNs from the
        // one that made a path to the one that last used it become one RUN: removing the file in a
        // later layer than the one that wrote it would not shrink anything.
        const merging = spans.filter((s) => s.span.from !== s.span.to);
        const merged: Span | null =
          merging.length === 0
            ? null
            : {
                from: Math.min(...merging.map((s) => s.span.from)),
                to: Math.max(...merging.map((s) => s.span.to)),
              };
        if (merged && !mergeable(list, merged)) return;
        const inMerged = (s: Span) => merged !== null && s.from >= merged.from && s.to <= merged.to;
        const owners = new Map<number, string[]>();
        for (const { path, span } of spans) {
          const at = inMerged(span) ? merged!.to : span.to;
          owners.set(at, [...(owners.get(at) ?? []), path]);
        }
        const edits: TextEdit[] = [];
        if (merged) {
          const head = list[merged.from]!;
          const headEnd = topCommands(head).at(-1)!.span.end;
          const joined = list
            .slice(merged.from + 1, merged.to + 1)
            .map((r) => {
              const cmds = topCommands(r);
              return ctx.text.slice(cmds[0]!.span.start, cmds.at(-1)!.span.end);
            })
            .join(' && ');
          const removal = removalOf(list[merged.to]!, owners.get(merged.to) ?? []);
          owners.delete(merged.to);
          edits.push({ start: headEnd, end: headEnd, text: ` && ${joined}${removal}` });
          for (const r of list.slice(merged.from + 1, merged.to + 1))
            edits.push({ ...wholeLines(ctx.text, r.span), text: '' });
        }
        for (const [at, ps] of owners) {
          const owner = list[at]!;
          const removal = removalOf(owner, ps);
          if (!removal) continue;
          const last = topCommands(owner).at(-1)!;
          edits.push({ start: last.span.end, end: last.span.end, text: removal });
        }
        edits.push({ ...wholeLines(ctx.text, ins.span), text: '' });
        const scratchOnly = paths.every(isScratch);
        // Joining RUNs carries `cd`, `export` and the like into the commands that follow.
        const carriesState =
          merged !== null &&
          list
            .slice(merged.from, merged.to)
            .some((r) => topCommands(r).some((c) => STATEFUL.has(c.name ?? '')));
        ctx.propose({
          title: merged
            ? {
                en: `Make, use and delete ${merging.map((m) => m.path).join(' ')} in one RUN`,
                ko: `${merging.map((m) => m.path).join(' ')}을(를) 한 RUN에서 만들고 쓰고 삭제`,
              }
            : {
                en: `Delete ${paths.join(' ')} in the RUN that made it`,
                ko: `${paths.join(' ')}을(를) 만든 RUN에서 바로 삭제`,
              },
          explanation: {
            en: 'Each RUN is a layer, and a later layer cannot take bytes out of an earlier one: deleting files in a separate RUN hides them but the image still carries them. The files must be created, used and deleted in one RUN, so the RUNs between are joined with && and the deletion goes at the end.',
            ko: 'RUN 하나가 레이어 하나이고, 나중 레이어는 앞 레이어의 바이트를 줄일 수 없습니다. 따로 RUN에서 파일을 지우면 보이지 않을 뿐 이미지에는 그대로 남습니다. 파일을 만들고 쓰고 지우는 일을 한 RUN에서 해야 하므로, 사이의 RUN을 &&로 잇고 끝에서 지웁니다.',
          },
          practices: ['P16', 'P19'],
          resolves: ['DOP096', 'DOP088'],
          // Outside scratch places a later step might read the file without naming it.
          risk: scratchOnly && !carriesState ? 'safe' : 'review',
          edits,
        });
      });
    }
  },
});

/** Commands whose effect outlives them within one shell, so joining RUNs changes what follows. */
const STATEFUL = new Set([
  'cd',
  'pushd',
  'popd',
  'export',
  'set',
  'source',
  '.',
  'umask',
  'unset',
  'alias',
  'shopt',
]);

/** Indexes of the RUN that made a path and of the RUN that last used it. */
interface Span {
  from: number;
  to: number;
}

/** ` && rm -rf …` for the paths the RUN does not already remove; empty when it removes them all. */
function removalOf(owner: InstructionNode, paths: readonly string[]): string {
  const missing = paths.filter((p) => !removes(owner, p));
  return missing.length === 0 ? '' : ` && rm -rf ${missing.join(' ')}`;
}

/** Whether the RUNs from..to can be joined: plain straight chains without flags, nothing else between. */
function mergeable(list: readonly InstructionNode[], span: Span): boolean {
  return list.slice(span.from, span.to + 1).every((r) => {
    if (!isPlainRun(r) || r.flags.length > 0) return false;
    const cmds = topCommands(r);
    return cmds.length > 0 && isAndChain(cmds) && cmds.length === r.shell!.commands.length;
  });
}

/** The absolute paths a RUN made only of `rm -rf …` removes; null for any other RUN. */
function cleanupPaths(ins: InstructionNode): string[] | null {
  if (!isPlainRun(ins) || ins.flags.length > 0) return null;
  const cmds = topCommands(ins);
  if (cmds.length === 0 || cmds.length !== ins.shell!.commands.length || !isAndChain(cmds)) return null;
  const paths: string[] = [];
  for (const c of cmds) {
    if (c.name !== 'rm' || c.wrappers.length > 0 || c.redirects.length > 0) return null;
    const words = shell.positionals(c.args);
    if (words.length === 0 || words.some((w) => w.expansion || !w.value.startsWith('/') || w.value === '/'))
      return null;
    paths.push(...words.map((w) => w.value));
  }
  return paths;
}

/**
 * The RUNs before `i` that write the path (model/writes.ts: outputs, redirects, package caches) or
 * name it: the earliest (taken as the one that made it) and the latest, if only RUNs and neutral
 * instructions lie between them and `i`. None when a COPY or ADD wrote the path: its layer keeps
 * the bytes whatever a RUN deletes, so no RUN can be the place to delete them.
 */
function lifeSpan(
  model: DockerfileModel,
  list: readonly InstructionNode[],
  i: number,
  path: string,
): Span | null {
  const bare = path.replace(/(?<!\*)\*+$/, '').replace(/\/$/, '');
  let from = -1;
  let to = -1;
  for (let j = i - 1; j >= 0; j--) {
    const ins = list[j]!;
    if (!NEUTRAL.has(ins.keyword)) break;
    const writes = writesOf(model, ins).filter((w) => writesPath(w, bare));
    if (writes.some((w) => w.by === 'copy')) return null;
    if (ins.keyword !== 'RUN') continue;
    if (!isPlainRun(ins)) break;
    const cmds = topCommands(ins);
    if (writes.length > 0 || cmds.some((c) => mentions(c, bare))) {
      // Appending with && needs a straight chain; anything else is left as it is.
      if (!isAndChain(cmds) || cmds.length !== ins.shell!.commands.length) return null;
      from = j;
      if (to < 0) to = j;
    }
  }
  return to < 0 ? null : { from, to };
}

function mentions(cmd: SimpleCommand, bare: string): boolean {
  return cmd.argv.some((w) => w.value === bare || w.value.startsWith(`${bare}/`) || w.value.includes(bare));
}

/** Whether one of the RUN's commands is an `rm` of exactly this path. */
function removes(ins: InstructionNode, path: string): boolean {
  return topCommands(ins).some(
    (c) => c.name === 'rm' && shell.positionals(c.args).some((w) => w.value === path),
  );
}
