import type { InstructionNode, StageNode } from '../model/types.js';
import { shellScript } from './support/shell-facts.js';
import { defineRule, instructionsOf } from './define.js';
import { lineageInstructions, lineagePosition } from './support/users.js';

/** Shells where `set -o pipefail` does not exist or the pipe semantics are not POSIX. */
const NON_POSIX = /(^|\/)(pwsh|powershell|cmd)(\.exe)?$/i;

/**
 * `RUN curl … | tar x`: the RUN's status is the last command's, so a failed download still
 * "succeeds" and the build goes on with a broken layer.
 */
export const rule = defineRule({
  meta: {
    id: 'DOP080',
    slug: 'pipefail',
    title: { en: 'Pipe in RUN without pipefail', ko: 'pipefail 없이 파이프를 쓰는 RUN' },
    severity: 'warning',
    practices: ['P01'],
    aka: { hadolint: ['DL4006'] },
    fixable: 'none',
    explanation: {
      en: 'A pipeline returns the status of its last command: in `RUN wget -O- URL | tar xz`, a failed download still ends in success and the build carries on with a broken layer. Set `SHELL ["/bin/bash", "-o", "pipefail", "-c"]` before the RUN (on Alpine, `["/bin/ash", "-eo", "pipefail", "-c"]`), or start the RUN with `set -o pipefail &&` where the shell supports it (Debian\'s /bin/sh, dash, does not).',
      ko: '파이프라인은 마지막 명령의 종료 코드를 돌려줍니다. `RUN wget -O- URL | tar xz`에서 다운로드가 실패해도 성공으로 끝나 빌드가 깨진 레이어로 계속됩니다. RUN 앞에 `SHELL ["/bin/bash", "-o", "pipefail", "-c"]`를 두거나(Alpine은 `["/bin/ash", "-eo", "pipefail", "-c"]`), 셸이 지원하면 RUN을 `set -o pipefail &&`로 시작하세요(Debian의 /bin/sh인 dash는 지원하지 않습니다).',
    },
    examples: {
      bad: 'FROM debian:12-slim\nRUN wget -qO- https://example.com/tool.tar.gz | tar -xz -C /usr/local/bin\n',
      badLines: [2],
      onbuild: 'same',
      good: 'FROM debian:12-slim\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN wget -qO- https://example.com/tool.tar.gz | tar -xz -C /usr/local/bin\n',
    },
  },
  check(ctx) {
    if (ctx.model.windows) return;
    // Per stage, once: whether the SHELL in force before each instruction of its lineage pipes safely.
    const before = new Map<StageNode, readonly boolean[]>();
    const shellHasPipefail = (ins: InstructionNode): boolean => {
      const stage = ctx.model.stages[ins.stage];
      if (!stage) return false;
      let states = before.get(stage);
      if (!states) {
        states = pipefailBefore(lineageInstructions(ctx.model, stage));
        before.set(stage, states);
      }
      const at = lineagePosition(ctx.model, stage, ins);
      return states[at < 0 ? states.length - 1 : at]!;
    };
    for (const ins of instructionsOf(ctx.model, 'RUN')) {
      if (!ins.shell || ins.json) continue;
      // In a heredoc script a failed line is ignored anyway unless the script runs `set -e`; only
      // then does a pipe hide a failure that would otherwise stop the build (hadolint#682).
      const heredocChecked =
        shellScript(ins.heredocs[0]?.content) &&
        ins.shell.commands.some(
          (c) => c.context === 'heredoc' && c.name === 'set' && c.args.some((a) => /^-\w*e/.test(a.value)),
        );
      const pipe = ins.shell.commands.find(
        (c) => c.pipeline.size > 1 && c.pipeline.index === 0 && (c.context !== 'heredoc' || heredocChecked),
      );
      if (!pipe) continue;
      if (setsPipefail(ins, pipe.span.start) || shellHasPipefail(ins.onbuild ?? ins)) continue;
      ctx.report({
        span: ins.span,
        message: {
          en: `\`${pipe.name} … | …\`: without pipefail a failure before the last command goes unnoticed.`,
          ko: `\`${pipe.name} … | …\`: pipefail이 없으면 마지막 명령 앞의 실패를 알아채지 못합니다.`,
        },
      });
    }
  },
});

function setsPipefail(ins: InstructionNode, before: number): boolean {
  return (ins.shell?.commands ?? []).some(
    (c) =>
      c.span.start < before &&
      c.name === 'set' &&
      c.args.some((a, i) => a.value === 'pipefail' && /^[-+]\w*o$/.test(c.args[i - 1]?.value ?? '')),
  );
}

/**
 * For each instruction of a stage's lineage (and one past the end): whether a SHELL before it runs
 * with `-o pipefail`, or is a shell that is not POSIX.
 */
function pipefailBefore(line: readonly InstructionNode[]): boolean[] {
  const out = [false];
  for (const i of line) {
    let result = out[out.length - 1]!;
    if (i.keyword === 'SHELL' && i.json) {
      const argv = i.json.map((w) => w.value);
      result =
        NON_POSIX.test(argv[0] ?? '') ||
        argv.some((a, k) => a === 'pipefail' && /^-\w*o$/.test(argv[k - 1] ?? ''));
    }
    out.push(result);
  }
  return out;
}
