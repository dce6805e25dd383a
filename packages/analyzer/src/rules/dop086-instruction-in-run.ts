import { defineRule, runCommands } from './define.js';
import { KEYWORDS, shellScript } from './support/shell-facts.js';

export const rule = defineRule({
  meta: {
    id: 'DOP086',
    slug: 'instruction-in-run',
    title: {
      en: 'Dockerfile instruction used as a shell command',
      ko: 'Dockerfile 명령어를 셸 명령으로 사용',
    },
    severity: 'error',
    practices: ['P01'],
    aka: {},
    fixable: 'none',
    explanation: {
      en: '`RUN COPY …` or `RUN … && ENV X=1` hands a Dockerfile keyword to the shell, which has no such command: the build fails with "not found" (or, for a continuation slip, an instruction got swallowed into the RUN above). Put the instruction on its own line.',
      ko: '`RUN COPY …`나 `RUN … && ENV X=1`은 Dockerfile 키워드를 셸에 넘기는데, 셸에는 그런 명령이 없어 "not found"로 빌드가 실패합니다(줄 이음 실수라면 명령어가 위 RUN에 삼켜진 것입니다). 명령어를 별도 줄에 두세요.',
    },
    examples: {
      bad: 'FROM debian:12-slim\nRUN apt-get update && \\\nCOPY app /app\n',
      badLines: [3],
      onbuild: 'same',
      good: 'FROM debian:12-slim\nRUN apt-get update\nCOPY app /app\n',
    },
  },
  check(ctx) {
    for (const { cmd, ins } of runCommands(ctx.model)) {
      if (!KEYWORDS.has(cmd.name)) continue;
      // A heredoc body is a script: skip it when a shebang names another language, or the line
      // reads like an assignment in one (`USER = "x"` in Python).
      if (cmd.context === 'heredoc' && (cmd.args[0]?.value === '=' || !shellScript(ins.heredocs[0]?.content)))
        continue;
      ctx.report({
        span: cmd.span,
        message: {
          en: `\`${cmd.name}\` is a Dockerfile instruction, not a shell command.`,
          ko: `\`${cmd.name}\`은(는) 셸 명령이 아니라 Dockerfile 명령어입니다.`,
        },
      });
    }
  },
});
