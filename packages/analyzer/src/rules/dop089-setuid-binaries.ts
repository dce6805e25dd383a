import { positionals } from '../shell/command.js';
import { defineRule, runCommands } from './define.js';

/** chmod modes that add setuid or setgid: `u+s`, `g+s`, `+s`, `4755`, `2755`, `6755`. */
function addsSetid(mode: string): boolean {
  if (/^[0-7]{4}$/.test(mode)) return /^[2-7]/.test(mode) && (Number(mode[0]) & 6) !== 0;
  return mode.split(',').some((m) => /^[ugoa]*[+=][rwxXt]*s/.test(m));
}

export const rule = defineRule({
  meta: {
    id: 'DOP089',
    slug: 'setuid-binaries',
    title: { en: 'setuid or setgid bit added', ko: 'setuid/setgid 비트 추가' },
    severity: 'warning',
    practices: ['P11', 'P05'],
    aka: {},
    fixable: 'none',
    explanation: {
      en: "A setuid/setgid program runs with its owner's rights (usually root) whoever starts it: any bug in it becomes a way to root inside the container. Give the app the capability it needs at run time, or run the step as root during the build; if a base image ships setuid binaries you do not need, strip them: `find / -xdev -perm /6000 -type f -exec chmod a-s {} +`.",
      ko: 'setuid/setgid 프로그램은 누가 실행하든 소유자(보통 root)의 권한으로 실행되어, 그 안의 버그가 컨테이너 안에서 root를 얻는 길이 됩니다. 앱에 필요한 권한(capability)을 실행 시점에 주거나, 빌드 중에 root로 그 단계를 실행하세요. 베이스 이미지에 필요 없는 setuid 바이너리가 있으면 제거하세요: `find / -xdev -perm /6000 -type f -exec chmod a-s {} +`.',
    },
    examples: {
      bad: 'FROM debian:12-slim\nCOPY tool /usr/local/bin/tool\nRUN chmod u+s /usr/local/bin/tool\n',
      good: 'FROM debian:12-slim\nCOPY --chmod=0755 tool /usr/local/bin/tool\n',
    },
  },
  check(ctx) {
    for (const { cmd } of runCommands(ctx.model)) {
      if (cmd.name !== 'chmod') continue;
      const mode = positionals(cmd.args, ['--reference'])[0]?.value ?? '';
      if (!addsSetid(mode)) continue;
      ctx.report({
        span: cmd.span,
        message: {
          en: `\`chmod ${mode}\` makes a program run with its owner's rights.`,
          ko: `\`chmod ${mode}\`은(는) 프로그램이 소유자의 권한으로 실행되게 합니다.`,
        },
      });
    }
    for (const ins of ctx.model.instructions) {
      if (ins.keyword !== 'COPY' && ins.keyword !== 'ADD') continue;
      const flag = ins.flags.find((f) => f.name === 'chmod');
      if (flag?.value && addsSetid(flag.value))
        ctx.report({
          span: flag.span,
          message: {
            en: `\`--chmod=${flag.value}\` adds a setuid/setgid bit.`,
            ko: `\`--chmod=${flag.value}\`은(는) setuid/setgid 비트를 더합니다.`,
          },
        });
    }
  },
});
