import { defineRule, instructionsOf } from './define.js';
import { execForm, instructionsBefore, plainArgv } from './support/layers.js';

export const rule = defineRule({
  meta: {
    id: 'DOP040',
    slug: 'shell-form-cmd',
    title: { en: 'CMD or ENTRYPOINT in shell form', ko: '셸 형식으로 쓴 CMD 또는 ENTRYPOINT' },
    severity: 'warning',
    practices: ['P02', 'P03'],
    aka: { hadolint: ['DL3025'], buildkit: ['JSONArgsRecommended'] },
    fixable: 'safe',
    explanation: {
      en: 'In shell form Docker runs the command as `/bin/sh -c "…"`: the shell is PID 1 and does not pass SIGTERM on, so `docker stop` waits out its timeout and then kills the app. Write CMD and ENTRYPOINT as a JSON array (exec form); if you need shell features, use a script that ends in `exec "$@"`. Like BuildKit, the rule stays quiet after an explicit SHELL instruction.',
      ko: '셸 형식이면 Docker는 명령을 `/bin/sh -c "…"`로 실행합니다. 셸이 PID 1이 되고 SIGTERM을 전달하지 않으므로 `docker stop`은 제한 시간을 다 기다린 뒤 앱을 강제로 종료합니다. CMD와 ENTRYPOINT는 JSON 배열(exec 형식)로 쓰고, 셸 기능이 필요하면 마지막에 `exec "$@"`를 하는 스크립트를 쓰세요. BuildKit처럼 SHELL을 명시한 뒤에는 알리지 않습니다.',
    },
    examples: {
      bad: 'FROM node:22-slim\nWORKDIR /app\nCOPY . .\nCMD node server.js\n',
      badLines: [4],
      onbuild: 'same',
      good: 'FROM node:22-slim\nWORKDIR /app\nCOPY . .\nCMD ["node", "server.js"]\n',
    },
  },
  check(ctx) {
    const { model } = ctx;
    for (const ins of instructionsOf(model, 'CMD', 'ENTRYPOINT')) {
      if (ins.json || !ins.argsSpan || ins.args.length === 0) continue;
      // A `[`-led argument is broken JSON (DOP007's finding), not a deliberate shell form.
      if (ins.argsText.trimStart().startsWith('[')) continue;
      // BuildKit skips the check when the image has an explicit SHELL: the shell form is chosen.
      const stageIns = ins.onbuild ? [] : instructionsBefore(model, ins);
      if (stageIns.some((i) => i.keyword === 'SHELL')) continue;
      const argv = plainArgv(model, ins);
      // A shell-form ENTRYPOINT ignores CMD and `docker run` arguments; in exec form they are
      // appended, so only the CMD conversion is safe on its own.
      const safety = ins.keyword === 'CMD' ? 'safe' : 'review';
      const shown = ins.argsText.replace(/\s+/g, ' ').trim();
      const short = shown.length > 60 ? `${shown.slice(0, 57)}…` : shown;
      ctx.report({
        span: ins.span,
        message: {
          en: `${ins.keyword} \`${short}\` runs under /bin/sh -c, which does not forward stop signals to it; use exec form${argv ? ` ${execForm(argv)}` : ''}.`,
          ko: `${ins.keyword} \`${short}\`은(는) /bin/sh -c 아래에서 실행되어 종료 시그널을 받지 못합니다. exec 형식${argv ? ` ${execForm(argv)}` : ''}을(를) 쓰세요.`,
        },
        fix: argv
          ? {
              title: { en: 'Convert to exec form', ko: 'exec 형식으로 바꾸기' },
              safety,
              edits: [{ start: ins.argsSpan.start, end: ins.argsSpan.end, text: execForm(argv) }],
            }
          : undefined,
      });
    }
  },
});
