import type { InstructionNode } from '@dop/analyzer';
import { absolute, finalWorkdirBefore } from '../recipes/command.js';
import { isAndChain, isPlainRun, topCommands, wholeLines } from '../text.js';
import { defineTransform } from '../transform.js';

/** Instructions that may sit between the COPY and the chown without mattering to either. */
const NEUTRAL = new Set(['LABEL', 'EXPOSE', 'ENV', 'ARG']);

/**
 * `COPY . /app` then `RUN chown -R app:app /app`: the chown writes every copied file again into a
 * new layer, doubling its size. `COPY --chown=app:app . /app` sets the owner as it copies.
 */
export const transform = defineTransform({
  id: 'chown-on-copy',
  run(ctx) {
    for (const stage of ctx.model.stages) {
      const list = stage.instructions;
      list.forEach((ins, i) => {
        if (!isPlainRun(ins) || ins.flags.length > 0) return;
        const cmds = topCommands(ins);
        if (cmds.length !== ins.shell!.commands.length || !isAndChain(cmds)) return;
        const chown = cmds[0]!;
        const args = chown.args.map((a) => a.value);
        if (chown.name !== 'chown' || chown.wrappers.length > 0 || args.length !== 3) return;
        if (!['-R', '--recursive'].includes(args[0]!) || chown.args.some((a) => a.expansion)) return;
        const [, owner, target] = args as [string, string, string];
        const copy = previousCopy(list, i);
        if (!copy || copy.flags.some((f) => f.name === 'chown' || f.name === 'from')) return;
        const dest = copyDest(copy);
        const workdir = finalWorkdirBefore(stage, copy);
        if (!dest || absolute(dest, workdir) !== absolute(target, workdir)) return;
        const keyword = copy.keywordSpan;
        const edits = [{ start: keyword.end, end: keyword.end, text: ` --chown=${owner}` }];
        if (cmds.length === 1) edits.push({ ...wholeLines(ctx.text, ins.span), text: '' });
        else edits.push({ start: chown.span.start, end: cmds[1]!.span.start, text: '' });
        ctx.propose({
          title: {
            en: `\`RUN chown -R ${owner} ${target}\` → \`COPY --chown=${owner}\``,
            ko: `\`RUN chown -R ${owner} ${target}\` → \`COPY --chown=${owner}\``,
          },
          explanation: {
            en: 'Changing the owner in a later RUN writes every copied file again into a new layer, so the files are stored twice. COPY --chown sets the owner while copying, in the same layer. One difference: a destination folder that existed before the COPY (made by WORKDIR, say) keeps its owner, so if the app creates files directly in it, create that folder with the right owner first.',
            ko: '나중의 RUN에서 소유자를 바꾸면 복사한 파일을 모두 새 레이어에 다시 기록해 같은 파일이 두 번 저장됩니다. COPY --chown은 복사하면서 같은 레이어에서 소유자를 정합니다. 한 가지 차이: COPY 전에 이미 있던 대상 폴더(WORKDIR가 만든 폴더 등)는 소유자가 그대로이므로, 앱이 그 폴더에 바로 파일을 만든다면 먼저 알맞은 소유자로 폴더를 만드세요.',
          },
          practices: ['P36', 'P16'],
          resolves: ['DOP095'],
          risk: 'review',
          edits,
        });
      });
    }
  },
});

function previousCopy(list: readonly InstructionNode[], i: number): InstructionNode | null {
  for (let j = i - 1; j >= 0; j--) {
    const ins = list[j]!;
    if (ins.keyword === 'COPY' || ins.keyword === 'ADD') return ins;
    if (!NEUTRAL.has(ins.keyword)) return null;
  }
  return null;
}

function copyDest(ins: InstructionNode): string | null {
  const args = ins.json ? ins.json.map((a) => a.value) : ins.args.map((a) => a.value);
  return args.length >= 2 ? args[args.length - 1]!.replace(/(?<!\/)\/+$/, '') || '/' : null;
}
