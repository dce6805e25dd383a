import type { DockerfileModel, InstructionNode, StageNode } from '../model/types.js';
import { eol, indentAt } from '../text/lines.js';
import { defineRule, instructionsOf, type Report } from './define.js';

/** `cd` at the top of a RUN to work somewhere: WORKDIR says it once, for every later instruction. */
export const rule = defineRule({
  meta: {
    id: 'DOP081',
    slug: 'cd-in-run',
    title: { en: 'cd in RUN instead of WORKDIR', ko: 'WORKDIR 대신 RUN에서 cd' },
    severity: 'info',
    practices: ['P27'],
    aka: { hadolint: ['DL3003'], trivy: ['DS-0013'] },
    fixable: 'safe',
    explanation: {
      en: '`RUN cd /app && make` changes directory for that RUN only; the next instruction starts in the old place again, which is easy to forget. `WORKDIR /app` persists, creates the folder and documents where the app lives. A `cd` inside a subshell `( … )` or one that returns with `cd -` is not reported.',
      ko: '`RUN cd /app && make`는 그 RUN에서만 디렉터리를 바꿉니다. 다음 명령어는 다시 원래 위치에서 시작하는데, 이를 놓치기 쉽습니다. `WORKDIR /app`은 유지되고, 폴더를 만들며, 앱이 있는 곳을 문서로 남깁니다. 서브셸 `( … )` 안의 `cd`나 `cd -`로 돌아오는 경우는 지적하지 않습니다.',
    },
    examples: {
      bad: 'FROM golang:1.23\nCOPY . /src\nRUN cd /src && go build -o /app .\nWORKDIR /\nCMD ["/app"]\n',
      badLines: [3],
      onbuild: 'same',
      good: 'FROM golang:1.23\nWORKDIR /src\nCOPY . .\nRUN go build -o /app .\n',
    },
  },
  check(ctx) {
    const fixes = workdirFixes(ctx.model, ctx.text);
    for (const ins of instructionsOf(ctx.model, 'RUN')) {
      // Most RUNs have no `cd` at all: no filtered list for them.
      if (!hasCd(ins)) continue;
      const cmds = (ins.shell?.commands ?? []).filter((c) => c.context === 'top' && c.depth === 0);
      const cd = cmds.find((c, i) => c.name === 'cd' && i < cmds.length - 1);
      if (!cd) continue;
      if (cmds.some((c) => c.name === 'cd' && c.args[0]?.value === '-')) continue;
      const fix = fixes.get(ins);
      ctx.report({
        span: cd.span,
        ...(fix ? { fix } : {}),
        message: {
          en: `\`cd ${cd.args.map((a) => a.value).join(' ')}\` lasts for this RUN only: use WORKDIR.`,
          ko: `\`cd ${cd.args.map((a) => a.value).join(' ')}\`은(는) 이 RUN에서만 유효합니다. WORKDIR를 쓰세요.`,
        },
      });
    }
  },
});

/** Instructions whose meaning depends on the working directory. */
const USES_WORKDIR = new Set(['RUN', 'COPY', 'ADD', 'CMD', 'ENTRYPOINT', 'HEALTHCHECK']);

/**
 * `RUN cd /src && make` → `WORKDIR /src` + `RUN make`, for a RUN that is one `&&` chain starting
 * with a `cd` to a written absolute path (and no other cd). When a later instruction, a stage
 * built on this one or the running container would see the new directory, the previous WORKDIR
 * is restored after the RUN; when that one is unknown (the base image's), there is no fix.
 * Safe: every instruction runs in the directory it ran in before, whatever the base image.
 */
function hasCd(ins: InstructionNode): boolean {
  for (const c of ins.shell?.commands ?? []) if (c.name === 'cd') return true;
  return false;
}

function workdirFixes(
  model: DockerfileModel,
  text: string,
): Map<InstructionNode, NonNullable<Report['fix']>> {
  const fixes = new Map<InstructionNode, NonNullable<Report['fix']>>();
  const nl = eol(text);
  for (const stage of model.stages) {
    let workdir: string | null = null;
    stage.instructions.forEach((ins, i) => {
      if (ins.keyword === 'WORKDIR') {
        const v = ins.args.map((a) => a.value).join(' ');
        workdir = v.startsWith('/') && !v.includes('$') ? v : null;
        return;
      }
      if (ins.keyword !== 'RUN' || ins.json || ins.heredocs.length > 0 || !ins.shell) return;
      // Only a RUN that starts with `cd` can take the fix: no lists for the others.
      if (ins.shell.commands[0]?.name !== 'cd') return;
      const cmds = ins.shell.commands.filter((c) => c.context === 'top' && c.depth === 0);
      if (cmds.length < 2 || cmds.length !== ins.shell.commands.length) return;
      const andChain = cmds.every(
        (c, k) => (k === 0 ? c.connector === null : c.connector === '&&') && c.pipeline.size === 1,
      );
      const [cd, next] = cmds as [(typeof cmds)[0], (typeof cmds)[0]];
      const target = cd.args[0];
      if (!andChain || cd.name !== 'cd' || cd.args.length !== 1 || !target || target.expansion) return;
      if (!target.value.startsWith('/') || cmds.slice(1).some((c) => c.name === 'cd')) return;
      const restore = needsRestore(model, stage, i);
      if (restore && workdir === null) return;
      const indent = indentAt(text, ins.span.start);
      const flags = ins.flags.map((f) => text.slice(f.span.start, f.span.end)).join(' ');
      const edits = [
        {
          start: ins.span.start,
          end: next.span.start,
          text: `WORKDIR ${target.value}${nl}${indent}RUN ${flags ? `${flags} ` : ''}`,
        },
      ];
      if (restore)
        edits.push({ start: ins.span.end, end: ins.span.end, text: `${nl}${indent}WORKDIR ${workdir}` });
      fixes.set(ins, {
        title: restore
          ? {
              en: `\`cd ${target.value}\` → \`WORKDIR ${target.value}\`, then back to ${workdir} (later instructions rely on it)`,
              ko: `\`cd ${target.value}\` → \`WORKDIR ${target.value}\`, 뒤의 명령어가 의존하는 ${workdir}(으)로 되돌림`,
            }
          : {
              en: `\`cd ${target.value}\` → \`WORKDIR ${target.value}\``,
              ko: `\`cd ${target.value}\` → \`WORKDIR ${target.value}\``,
            },
        safety: 'safe',
        edits,
      });
    });
  }
  return fixes;
}

/** Whether anything after instruction `i` of the stage would see a changed working directory. */
function needsRestore(model: DockerfileModel, stage: StageNode, i: number): boolean {
  for (const next of stage.instructions.slice(i + 1)) {
    if (next.keyword === 'WORKDIR')
      return !next.args
        .map((a) => a.value)
        .join(' ')
        .startsWith('/');
    if (USES_WORKDIR.has(next.keyword) || next.keyword === 'ONBUILD') return true;
  }
  // The running container, or a stage built on this one, starts in the last WORKDIR.
  // (COPY --from reads paths from the stage's root, never from its WORKDIR.)
  return stage.isFinal || model.stages.some((s) => s.image.stage === stage.index);
}
