import { isInstall, isUpdate, packageManagerCall } from '@dop/analyzer';
import { defineTransform } from '../transform.js';
import { isPlainRun, topCommands, wholeLines } from '../text.js';

/**
 * `RUN apt-get update` on its own, then `RUN apt-get install …` later: the cached update layer is
 * reused for months while the install asks for package versions it no longer lists. The update
 * moves into the RUN that installs (the same for apk, dnf, yum, zypper).
 */
export const transform = defineTransform({
  id: 'merge-update-install',
  run(ctx) {
    for (const stage of ctx.model.stages) {
      const list = stage.instructions;
      for (let i = 0; i < list.length; i++) {
        const update = list[i]!;
        if (!isPlainRun(update) || update.flags.length > 0) continue;
        const cmds = topCommands(update);
        const calls = cmds.map(packageManagerCall);
        if (cmds.length === 0 || cmds.length !== (update.shell?.commands.length ?? -1)) continue;
        if (!calls.every((c) => c && isUpdate(c))) continue;
        const pm = calls[0]!.pm.id;
        if (!calls.every((c) => c!.pm.id === pm)) continue;
        // The next RUN that uses this package manager must be the one that installs.
        const next = list.slice(i + 1).find((n) => n.keyword === 'RUN' && usesManager(n, pm));
        if (!next || !isPlainRun(next)) continue;
        const install = topCommands(next).find((c) => {
          const call = packageManagerCall(c);
          return call?.pm.id === pm && isInstall(call);
        });
        if (!install || install.connector !== null) continue;
        const updateText = ctx.text.slice(cmds[0]!.span.start, cmds[cmds.length - 1]!.span.end);
        ctx.propose({
          title: {
            en: `Run \`${updateText}\` in the RUN that installs`,
            ko: `\`${updateText}\`을(를) 설치하는 RUN 안에서 실행`,
          },
          explanation: {
            en: 'A separate update layer is cached and reused for months, so a later install asks for package versions the stale index no longer has, or installs old ones. Updating in the same RUN as the install keeps the index and the install together.',
            ko: '별도의 update 레이어는 캐시되어 몇 달씩 재사용됩니다. 그러면 나중의 install이 오래된 인덱스에 없는 버전을 찾거나 오래된 패키지를 설치합니다. install과 같은 RUN에서 update해야 인덱스와 설치가 함께 움직입니다.',
          },
          practices: ['P24'],
          resolves: ['DOP053'],
          risk: 'safe',
          edits: [
            { ...wholeLines(ctx.text, update.span), text: '' },
            { start: install.span.start, end: install.span.start, text: `${updateText} && ` },
          ],
        });
      }
    }
  },
});

function usesManager(ins: import('@dop/analyzer').InstructionNode, pm: string): boolean {
  return (ins.shell?.commands ?? []).some((c) => packageManagerCall(c)?.pm.id === pm);
}
