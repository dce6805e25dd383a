import { type InstructionNode, projectFacts, type StageNode } from '@dop/analyzer';
import { defineTransform } from '../transform.js';

/** `npm start`, `npm run start`, `yarn start`: a package manager as the container's main process. */
function startsThroughPackageManager(ins: InstructionNode): boolean {
  const argv = ins.json
    ? ins.json.map((w) => w.value)
    : ins.shell?.commands.length === 1
      ? ins.shell.commands[0]!.argv.map((w) => w.value)
      : [];
  const [pm, a, b] = argv;
  if (pm !== 'npm' && pm !== 'yarn' && pm !== 'pnpm') return false;
  return (
    argv.length <= 3 &&
    (a === 'start' || (a === 'run' && b === 'start')) &&
    (a === 'start' ? argv.length === 2 : true)
  );
}

/** `node server.js --port 3000`: a start script that is one plain node command, as exec-form words. */
function plainNodeCommand(script: string): string[] | null {
  const words = script.trim().split(/\s+/);
  if (words[0] !== 'node' || words.length < 2) return null;
  if (!words.every((w) => /^[\w@./:=,+-]+$/.test(w))) return null;
  return words;
}

/**
 * `CMD ["npm", "start"]`: npm becomes PID 1 and runs the script through a shell; neither passes
 * SIGTERM on to node, so `docker stop` waits its 10 seconds and kills the app mid-request. With the
 * start script known from package.json, run it directly.
 */
export const transform = defineTransform({
  id: 'npm-start',
  run(ctx) {
    const stage: StageNode | undefined = ctx.model.stages[ctx.model.stages.length - 1];
    if (!stage) return;
    const cmd = stage.instructions.filter((i) => i.keyword === 'CMD' || i.keyword === 'ENTRYPOINT').pop();
    if (!cmd || !startsThroughPackageManager(cmd)) return;
    const start = ctx.options.context ? projectFacts(ctx.options.context).node?.start : undefined;
    const words = start && plainNodeCommand(start.value);
    const reason = {
      en: 'npm (or yarn) as the main process runs the start script through a shell, and neither passes SIGTERM on to node: `docker stop` waits, then kills the app mid-request.',
      ko: 'npm(또는 yarn)이 주 프로세스가 되면 start 스크립트를 셸로 실행하는데, 둘 다 SIGTERM을 node에 전달하지 않아 `docker stop`이 기다리다가 요청 처리 중인 앱을 강제로 종료합니다.',
    };
    if (!words) {
      ctx.note({
        key: 'start-script',
        message: start
          ? {
              en: `${reason.en} The start script in ${start.file} (\`${start.value}\`) is not one plain \`node\` command, so it was left as it is: write the command it runs in CMD yourself.`,
              ko: `${reason.ko} ${start.file}의 start 스크립트(\`${start.value}\`)가 단순한 \`node\` 명령 하나가 아니라서 그대로 두었습니다. 스크립트가 실행하는 명령을 직접 CMD에 쓰세요.`,
            }
          : {
              en: `${reason.en} The command npm runs is the start script of package.json, which was not given: add the project files (in the playground, “Add project files”; on the command line, \`dop rewrite --context DIR\`), or write \`CMD ["node", "server.js"]\` with your entry file.`,
              ko: `${reason.ko} npm이 실행하는 명령은 package.json의 start 스크립트인데 package.json이 주어지지 않았습니다. 프로젝트 파일을 추가하거나(플레이그라운드에서는 “프로젝트 파일 추가”, 명령줄에서는 \`dop rewrite --context DIR\`) 진입 파일로 \`CMD ["node", "server.js"]\`를 직접 쓰세요.`,
            },
        spans: [cmd.span],
        // a built site served from nginx instead (multi-stage) has no npm command left to write
        about: 'container-command',
      });
      return;
    }
    const line = `${cmd.keyword} ${JSON.stringify(words).replace(/","/g, '", "')}`;
    ctx.propose({
      title: {
        en: `Run \`${start!.value}\` directly instead of through npm`,
        ko: `npm을 거치지 않고 \`${start!.value}\` 직접 실행`,
      },
      explanation: {
        en: `${reason.en} The start script, \`${start!.value}\`, comes from ${start!.file}; run as the container's command, node receives the signal and can close its connections. If the script changes, change this line too.`,
        ko: `${reason.ko} start 스크립트 \`${start!.value}\`은(는) ${start!.file}에서 읽었습니다. 컨테이너 명령으로 직접 실행하면 node가 시그널을 받아 연결을 정리할 수 있습니다. 스크립트를 바꾸면 이 줄도 바꾸세요.`,
      },
      practices: ['P02'],
      resolves: [],
      risk: 'review',
      edits: [{ start: cmd.span.start, end: cmd.span.end, text: line }],
    });
  },
});
