import { positionals } from '../shell/command.js';
import { defineRule, instructionsOf, runCommands } from './define.js';

/** Which special bits a chmod mode adds: `u+s`/`4755` setuid, `g+s`/`2755` setgid, `+s`/`6755` both. */
function setBits(mode: string): { uid: boolean; gid: boolean } {
  const octal = /^0?([0-7])[0-7]{3}$/.exec(mode);
  if (octal) return { uid: (Number(octal[1]) & 4) !== 0, gid: (Number(octal[1]) & 2) !== 0 };
  let uid = false;
  let gid = false;
  for (const m of mode.split(',')) {
    const sym = /^([ugoa]*)[+=][rwxXt]*s/.exec(m);
    if (!sym) continue;
    const who = sym[1] || 'a';
    if (/[ua]/.test(who)) uid = true;
    if (/[ga]/.test(who)) gid = true;
  }
  return { uid, gid };
}

function addsSetid(mode: string): boolean {
  const b = setBits(mode);
  return b.uid || b.gid;
}

/** The message for the bits added: setgid alone is often a shared directory, so say what it does. */
function effect(mode: string): { en: string; ko: string } {
  return setBits(mode).uid
    ? {
        en: "makes a program run with its owner's rights (often root)",
        ko: '프로그램이 소유자(대개 root)의 권한으로 실행되게 합니다',
      }
    : {
        en: "makes a program run with its group's rights (on a directory it only makes new files inherit the group; then this is fine)",
        ko: '프로그램이 그룹의 권한으로 실행되게 합니다(디렉터리라면 새 파일이 그룹을 물려받을 뿐이니 괜찮습니다)',
      };
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
      badLines: [3],
      onbuild: 'same',
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
          en: `\`chmod ${mode}\` ${effect(mode).en}.`,
          ko: `\`chmod ${mode}\`은(는) ${effect(mode).ko}.`,
        },
      });
    }
    for (const ins of instructionsOf(ctx.model, 'COPY', 'ADD')) {
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
