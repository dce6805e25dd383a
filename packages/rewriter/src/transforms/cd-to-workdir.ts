import type { DockerfileModel, StageNode } from '@dop/analyzer';
import { eol, indentAt, isAndChain, isPlainRun, topCommands } from '../text.js';
import { defineTransform } from '../transform.js';

/** Instructions whose meaning depends on the working directory. */
const USES_WORKDIR = new Set(['RUN', 'COPY', 'ADD', 'CMD', 'ENTRYPOINT', 'HEALTHCHECK']);

/**
 * `RUN cd /src && make` → `WORKDIR /src` + `RUN make`. When a later instruction (or the running
 * container) would see the new directory, the previous WORKDIR is restored after the RUN; when
 * that previous directory is unknown (set by the base image), the RUN is left alone.
 */
export const transform = defineTransform({
  id: 'cd-to-workdir',
  run(ctx) {
    const nl = eol(ctx.text);
    for (const stage of ctx.model.stages) {
      let workdir: string | null = null;
      stage.instructions.forEach((ins, i) => {
        if (ins.keyword === 'WORKDIR') {
          const v = ins.args.map((a) => a.value).join(' ');
          workdir = v.startsWith('/') && !v.includes('$') ? v : null;
          return;
        }
        if (!isPlainRun(ins)) return;
        const cmds = topCommands(ins);
        if (cmds.length < 2 || cmds.length !== ins.shell!.commands.length || !isAndChain(cmds)) return;
        const cd = cmds[0]!;
        const target = cd.args[0];
        if (
          cd.name !== 'cd' ||
          cd.args.length !== 1 ||
          !target ||
          target.expansion ||
          !target.value.startsWith('/')
        )
          return;
        if (cmds.slice(1).some((c) => c.name === 'cd')) return;
        const restore = needsRestore(ctx.model, stage, i);
        if (restore && workdir === null) return;
        const indent = indentAt(ctx.text, ins.span.start);
        const flags = ins.flags.map((f) => ctx.text.slice(f.span.start, f.span.end)).join(' ');
        const edits = [
          {
            start: ins.span.start,
            end: cmds[1]!.span.start,
            text: `WORKDIR ${target.value}${nl}${indent}RUN ${flags ? `${flags} ` : ''}`,
          },
        ];
        if (restore)
          edits.push({ start: ins.span.end, end: ins.span.end, text: `${nl}${indent}WORKDIR ${workdir}` });
        ctx.propose({
          title: {
            en: `\`cd ${target.value}\` → \`WORKDIR ${target.value}\``,
            ko: `\`cd ${target.value}\` → \`WORKDIR ${target.value}\``,
          },
          explanation: {
            en: `WORKDIR says where the next instructions run, creates the directory if needed and is easy to see; a cd inside RUN lasts only for that RUN and hides the directory in the command.${restore ? ` The previous directory (${workdir}) is restored afterwards, because later instructions relied on it.` : ''}`,
            ko: `WORKDIR는 다음 명령어들이 실행될 위치를 알려 주고, 필요하면 디렉터리를 만들며, 한눈에 보입니다. RUN 안의 cd는 그 RUN에서만 유효하고 디렉터리를 명령 속에 숨깁니다.${restore ? ` 뒤의 명령어들이 이전 디렉터리(${workdir})에 의존하므로 RUN 다음에 되돌립니다.` : ''}`,
          },
          practices: ['P27'],
          resolves: ['DOP081'],
          risk: 'safe',
          edits,
        });
      });
    }
  },
});

/** Whether anything after instruction `i` of the stage would see a changed working directory. */
function needsRestore(model: DockerfileModel, stage: StageNode, i: number): boolean {
  for (const next of stage.instructions.slice(i + 1)) {
    if (next.keyword === 'WORKDIR') {
      const v = next.args.map((a) => a.value).join(' ');
      if (v.startsWith('/')) return false;
      return true;
    }
    if (USES_WORKDIR.has(next.keyword) || next.keyword === 'ONBUILD') return true;
  }
  // The running container, or a stage built on this one, starts in the last WORKDIR.
  // (COPY --from reads paths from the stage's root, never from its WORKDIR.)
  return stage.isFinal || model.stages.some((s) => s.image.stage === stage.index);
}
