import { positionals } from '../shell/command.js';
import { defineRule, runCommands } from './define.js';

export const rule = defineRule({
  meta: {
    id: 'DOP087',
    slug: 'shell-symlink',
    title: { en: '/bin/sh replaced by a symlink', ko: '심볼릭 링크로 /bin/sh 교체' },
    severity: 'warning',
    practices: ['P32', 'P01'],
    aka: { hadolint: ['DL4005'] },
    fixable: 'none',
    explanation: {
      en: '`ln -sf /bin/bash /bin/sh` changes the shell for every program in the image, including system scripts written for dash, and is easy to miss. To run RUN with bash, say so: `SHELL ["/bin/bash", "-c"]` (or `-o pipefail -c`), which affects the Dockerfile only.',
      ko: '`ln -sf /bin/bash /bin/sh`는 dash용으로 작성된 시스템 스크립트까지 이미지의 모든 프로그램이 쓰는 셸을 바꾸며, 눈에 띄지도 않습니다. RUN을 bash로 실행하려면 `SHELL ["/bin/bash", "-c"]`(또는 `-o pipefail -c`)로 명시하세요. Dockerfile에만 영향을 줍니다.',
    },
    examples: {
      bad: 'FROM debian:12-slim\nRUN ln -sf /bin/bash /bin/sh\n',
      badLines: [2],
      onbuild: 'same',
      good: 'FROM debian:12-slim\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\n',
    },
  },
  check(ctx) {
    for (const { cmd } of runCommands(ctx.model)) {
      if (cmd.name !== 'ln') continue;
      const target = positionals(cmd.args, ['-t', '--target-directory', '-S', '--suffix']).at(-1)?.value;
      if (target !== '/bin/sh' && target !== '/usr/bin/sh') continue;
      ctx.report({
        span: cmd.span,
        message: {
          en: `\`ln … ${target}\` changes the shell of the whole image: use SHELL instead.`,
          ko: `\`ln … ${target}\`은(는) 이미지 전체의 셸을 바꿉니다. 대신 SHELL을 쓰세요.`,
        },
      });
    }
  },
});
