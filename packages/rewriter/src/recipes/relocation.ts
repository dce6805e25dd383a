import { FILE_MOVERS, installsElsewhere, type Localized, packageManagerCall } from '@dop/analyzer';
import type { Block } from '../blocks.js';
import { dependencyInstall } from './dependency-installs.js';

/**
 * Why a stage's dependencies may not be where a recipe would copy them from, or null when they
 * stay put: a dependency install told to write elsewhere (`pip install --user`, `npm install --prefix`), or
 * a command that moves, copies, links or deletes the dependency folder by name
 * (`mv node_modules /`). Copying the usual place into the runtime stage would then lose them.
 */
export function relocatedDependencies(blocks: readonly Block[], folder: string): Localized | null {
  for (const b of blocks) {
    for (const cmd of b.ins.shell?.commands ?? []) {
      const call = packageManagerCall(cmd);
      const moved =
        (call !== null && dependencyInstall(cmd) !== null && installsElsewhere(call)) ||
        (FILE_MOVERS.has(cmd.name) && cmd.args.some((a) => a.value.includes(folder)));
      if (!moved) continue;
      const line = b.text.split('\n')[0]!.trim();
      return {
        en: `The stages were not split: \`${line}\` puts the dependencies somewhere other than ${folder}, so a runtime stage that copies ${folder} would not get them.`,
        ko: `스테이지를 나누지 않았습니다. \`${line}\` 명령이 의존성을 ${folder}가 아닌 곳에 두므로, ${folder}를 복사하는 런타임 스테이지에는 의존성이 빠집니다.`,
      };
    }
  }
  return null;
}
