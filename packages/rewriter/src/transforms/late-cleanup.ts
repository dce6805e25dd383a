import { type InstructionNode, type SimpleCommand, shell } from '@dop/analyzer';
import { isAndChain, isPlainRun, topCommands, wholeLines } from '../text.js';
import { defineTransform } from '../transform.js';

/**
 * Paths that commands fill without naming them: `apt-get update` writes the package lists,
 * `apk add` its cache, and so on. A cleanup of one of these belongs with the command that filled it.
 */
const IMPLICIT_WRITERS: { prefix: string; commands: readonly string[] }[] = [
  { prefix: '/var/lib/apt/lists', commands: ['apt-get', 'apt'] },
  { prefix: '/var/cache/apt', commands: ['apt-get', 'apt'] },
  { prefix: '/var/cache/apk', commands: ['apk'] },
  { prefix: '/var/cache/yum', commands: ['yum'] },
  { prefix: '/var/cache/dnf', commands: ['dnf', 'microdnf'] },
  { prefix: '/root/.cache/pip', commands: ['pip', 'pip3'] },
  { prefix: '/root/.npm', commands: ['npm'] },
  { prefix: '/usr/local/share/.cache/yarn', commands: ['yarn'] },
];

/** Removing these can never change what a later build step sees that it did not create itself. */
const SCRATCH_PREFIXES = ['/tmp/', '/var/tmp/', ...IMPLICIT_WRITERS.map((w) => w.prefix)];

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
        const owners = new Map<InstructionNode, string[]>();
        for (const p of paths) {
          const owner = lastUser(list, i, p);
          if (!owner) return;
          owners.set(owner, [...(owners.get(owner) ?? []), p]);
        }
        const edits = [...owners].flatMap(([owner, ps]) => {
          // A path the owner already removes (an earlier fix may have added it) is not removed twice.
          const missing = ps.filter((p) => !removes(owner, p));
          if (missing.length === 0) return [];
          const last = topCommands(owner).at(-1)!;
          return [{ start: last.span.end, end: last.span.end, text: ` && rm -rf ${missing.join(' ')}` }];
        });
        edits.push({ ...wholeLines(ctx.text, ins.span), text: '' });
        const scratchOnly = paths.every((p) => SCRATCH_PREFIXES.some((s) => p.startsWith(s)));
        ctx.propose({
          title: {
            en: `Delete ${paths.join(' ')} in the RUN that last used it`,
            ko: `${paths.join(' ')}을(를) 마지막으로 쓴 RUN에서 바로 삭제`,
          },
          explanation: {
            en: 'Each RUN is a layer, and a later layer cannot take bytes out of an earlier one: deleting files in a separate RUN hides them but the image still carries them. Deleting them at the end of the RUN that last used them keeps them out of every layer.',
            ko: 'RUN 하나가 레이어 하나이고, 나중 레이어는 앞 레이어의 바이트를 줄일 수 없습니다. 따로 RUN에서 파일을 지우면 보이지 않을 뿐 이미지에는 그대로 남습니다. 그 파일을 마지막으로 쓴 RUN 끝에서 지워야 어떤 레이어에도 남지 않습니다.',
          },
          practices: ['P16', 'P19'],
          resolves: ['DOP096', 'DOP088'],
          // Outside scratch places a later step might read the file without naming it.
          risk: scratchOnly ? 'safe' : 'review',
          edits,
        });
      });
    }
  },
});

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

/** The last RUN before `i` that names the path (or fills it implicitly), if only RUNs and neutral instructions lie between. */
function lastUser(list: readonly InstructionNode[], i: number, path: string): InstructionNode | null {
  const bare = path.replace(/\/?\*+$/, '');
  for (let j = i - 1; j >= 0; j--) {
    const ins = list[j]!;
    if (!NEUTRAL.has(ins.keyword)) return null;
    if (ins.keyword !== 'RUN') continue;
    if (!isPlainRun(ins)) return null;
    const cmds = topCommands(ins);
    if (cmds.some((c) => mentions(c, bare) || writesImplicitly(c, bare))) {
      // Appending with && needs a straight chain; anything else is left as it is.
      return isAndChain(cmds) && cmds.length === ins.shell!.commands.length ? ins : null;
    }
  }
  return null;
}

function mentions(cmd: SimpleCommand, bare: string): boolean {
  return cmd.argv.some((w) => w.value === bare || w.value.startsWith(`${bare}/`) || w.value.includes(bare));
}

function writesImplicitly(cmd: SimpleCommand, bare: string): boolean {
  return IMPLICIT_WRITERS.some((w) => bare.startsWith(w.prefix) && w.commands.includes(cmd.name));
}

/** Whether one of the RUN's commands is an `rm` of exactly this path. */
function removes(ins: InstructionNode, path: string): boolean {
  return topCommands(ins).some(
    (c) => c.name === 'rm' && shell.positionals(c.args).some((w) => w.value === path),
  );
}
