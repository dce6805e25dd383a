import { defineRule, runCommands } from './define.js';
import { POINTLESS } from './support/shell-facts.js';

export const rule = defineRule({
  meta: {
    id: 'DOP084',
    slug: 'pointless-command',
    title: { en: 'Command that makes no sense in a build', ko: '빌드에서 의미 없는 명령' },
    severity: 'info',
    practices: ['P04', 'P09'],
    aka: { hadolint: ['DL3001'] },
    fixable: 'none',
    explanation: {
      en: 'A build step runs once, without a terminal and without running services: `service x start`, `ssh`, `vim`, `top`, `ps`, `kill`, `mount` or `shutdown` there either does nothing that lasts or cannot work. Start services from CMD/ENTRYPOINT at run time (one per container), and edit files with COPY or sed.',
      ko: '빌드 단계는 터미널도, 실행 중인 서비스도 없이 한 번 실행됩니다. 여기서 `service x start`, `ssh`, `vim`, `top`, `ps`, `kill`, `mount`, `shutdown`은 남는 효과가 없거나 동작할 수 없습니다. 서비스는 실행 시점에 CMD/ENTRYPOINT로 시작하고(컨테이너당 하나), 파일은 COPY나 sed로 고치세요.',
    },
    examples: {
      bad: 'FROM debian:12-slim\nRUN service nginx start\n',
      badLines: [2],
      onbuild: 'same',
      good: 'FROM nginx:1.27\nCMD ["nginx", "-g", "daemon off;"]\n',
    },
  },
  check(ctx) {
    for (const { cmd } of runCommands(ctx.model)) {
      if (!POINTLESS.has(cmd.name)) continue;
      // `ssh-keygen` and `ssh-keyscan` are different programs; `ssh -V` only prints a version.
      if (cmd.args.some((a) => ['-V', '--version', '--help'].includes(a.value))) continue;
      ctx.report({
        span: cmd.span,
        message: {
          en: `\`${cmd.name}\` has no lasting effect in a build step.`,
          ko: `\`${cmd.name}\`은(는) 빌드 단계에서 남는 효과가 없습니다.`,
        },
      });
    }
  },
});
