import type { DockerfileModel, InstructionNode, StageNode } from '../model/types.js';
import { defineRule } from './define.js';
import { execForm, plainArgv, stageLineage } from './support/layers.js';

/**
 * Entrypoints that run their arguments as a command (init shims, privilege droppers): with them a
 * shell-form CMD still works, it only keeps the shell (DOP040's finding).
 */
const COMMAND_RUNNERS = new Set([
  'tini',
  'tini-static',
  'dumb-init',
  'catatonit',
  'gosu',
  'su-exec',
  'env',
  'exec',
]);

function runsItsArguments(entrypoint: InstructionNode): boolean {
  const argv = (entrypoint.json ?? []).map((a) => a.value);
  if (argv.length === 0) return false;
  if (argv[argv.length - 1] === '--') return true;
  const prog = argv[0]!.split('/').pop() ?? '';
  // docker-entrypoint.sh and friends end in `exec "$@"` by convention.
  return COMMAND_RUNNERS.has(prog) || /entrypoint(\.sh)?$/i.test(prog);
}

/** The ENTRYPOINT and CMD in effect at the end of a stage (an ENTRYPOINT resets inherited CMDs). */
function effective(model: DockerfileModel, stage: StageNode) {
  let entrypoint: InstructionNode | null = null;
  let cmd: InstructionNode | null = null;
  for (const s of stageLineage(model, stage).reverse()) {
    for (const ins of s.instructions) {
      if (ins.keyword === 'ENTRYPOINT') {
        entrypoint = ins;
        // Docker resets a CMD set before the ENTRYPOINT, unless the same stage set it.
        if (cmd && cmd.stage !== ins.stage) cmd = null;
      } else if (ins.keyword === 'CMD') cmd = ins;
    }
  }
  return { entrypoint, cmd };
}

export const rule = defineRule({
  meta: {
    id: 'DOP041',
    slug: 'shell-cmd-with-exec-entrypoint',
    title: {
      en: 'Shell-form CMD after an exec-form ENTRYPOINT',
      ko: 'exec 형식 ENTRYPOINT 뒤의 셸 형식 CMD',
    },
    severity: 'warning',
    practices: ['P03'],
    aka: {},
    fixable: 'review',
    explanation: {
      en: 'With an exec-form ENTRYPOINT, CMD supplies its arguments. A shell-form CMD becomes the three arguments `/bin/sh -c "…"`, so the program receives `/bin/sh` as its first argument, which is almost never what was meant. Write CMD as a JSON array of the arguments the ENTRYPOINT should get.',
      ko: 'ENTRYPOINT가 exec 형식이면 CMD는 그 인자가 됩니다. 셸 형식 CMD는 `/bin/sh -c "…"` 세 개의 인자로 바뀌어 프로그램이 첫 인자로 `/bin/sh`를 받게 되는데, 이를 의도한 경우는 거의 없습니다. CMD는 ENTRYPOINT에 넘길 인자들의 JSON 배열로 쓰세요.',
    },
    examples: {
      bad: 'FROM python:3.12-slim\nENTRYPOINT ["python", "-m", "http.server"]\nCMD 8000\n',
      badLines: [3],
      // Ignored: a trigger's CMD pairs with the ENTRYPOINT of a downstream image.
      onbuild: 'ignored',
      good: 'FROM python:3.12-slim\nENTRYPOINT ["python", "-m", "http.server"]\nCMD ["8000"]\n',
    },
  },
  check(ctx) {
    const { model } = ctx;
    for (const stage of model.stages) {
      const { entrypoint, cmd } = effective(model, stage);
      if (!entrypoint?.json || entrypoint.json.length === 0 || !cmd || cmd.json) continue;
      if (cmd.args.length === 0 || cmd.argsText.trimStart().startsWith('[')) continue;
      // Report a CMD once, in the stage that wrote it.
      if (cmd.stage !== stage.index) continue;
      if (runsItsArguments(entrypoint)) continue;
      const argv = plainArgv(model, cmd);
      const prog = entrypoint.json.map((a) => a.value).join(' ');
      ctx.report({
        span: cmd.span,
        message: {
          en: `This shell-form CMD is passed to ENTRYPOINT \`${prog}\` as \`/bin/sh -c "${cmd.argsText.trim()}"\`; write its arguments as a JSON array${argv ? ` (${execForm(argv)})` : ''}.`,
          ko: `이 셸 형식 CMD는 ENTRYPOINT \`${prog}\`에 \`/bin/sh -c "${cmd.argsText.trim()}"\`(으)로 전달됩니다. 인자를 JSON 배열${argv ? `(${execForm(argv)})` : ''}로 쓰세요.`,
        },
        fix:
          argv && cmd.argsSpan
            ? {
                title: { en: 'Write CMD as exec-form arguments', ko: 'CMD를 exec 형식 인자로 바꾸기' },
                safety: 'review',
                edits: [{ start: cmd.argsSpan.start, end: cmd.argsSpan.end, text: execForm(argv) }],
              }
            : undefined,
      });
    }
  },
});
