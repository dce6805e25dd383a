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

/** Folders a runtime stage never needs from the build: scratch space. */
const SCRATCH = ['/tmp', '/var/tmp', '/dev/null'];

/**
 * Why splitting would lose files the stage writes outside the folder a recipe copies, or null: a
 * `cp`/`mv`/`install`/`ln` whose destination is an absolute path elsewhere (`cp -r dist/* /var/www/html/`).
 */
export function writesOutside(blocks: readonly Block[], workdir: string): Localized | null {
  const inside = (p: string) => p === workdir || p.startsWith(`${workdir.replace(/\/$/, '')}/`);
  for (const b of blocks) {
    for (const cmd of b.ins.shell?.commands ?? []) {
      if (!FILE_MOVERS.has(cmd.name) || cmd.name === 'rm') continue;
      const operands = cmd.args.filter((a) => !a.value.startsWith('-'));
      const dest = operands[operands.length - 1]?.value;
      if (operands.length < 2 || !dest?.startsWith('/') || dest.includes('$')) continue;
      if (inside(dest) || SCRATCH.some((s) => dest === s || dest.startsWith(`${s}/`))) continue;
      const line = b.text.split('\n')[0]!.trim();
      return {
        en: `The stages were not split: \`${line}\` writes to ${dest}, outside ${workdir}, and a runtime stage that copies ${workdir} would not have it.`,
        ko: `스테이지를 나누지 않았습니다. \`${line}\` 명령이 ${workdir} 밖의 ${dest}에 쓰므로, ${workdir}만 복사하는 런타임 스테이지에는 그 파일이 없습니다.`,
      };
    }
  }
  return null;
}

/**
 * Why splitting would lose the program the container runs, or null: a command that is neither one
 * the runtime image ships (`node`, a shell) nor a file of the copied folder, so it came from a
 * package or a global install in this stage (`CMD ["nginx", …]` after `apt-get install nginx`).
 */
export function programOutside(
  argv: readonly string[] | null,
  provided: ReadonlySet<string>,
  workdir: string,
): Localized | null {
  const program = argv?.[0];
  if (!program) return null;
  if (provided.has(program.slice(program.lastIndexOf('/') + 1))) return null;
  // a file of the app: a relative path (`./start.sh`, `bin/server`) or one under the copied folder
  const ofTheApp = program.startsWith('/')
    ? program.startsWith(`${workdir.replace(/\/$/, '')}/`)
    : program.includes('/');
  if (ofTheApp) return null;
  return {
    en: `The stages were not split: the container runs \`${program}\`, which the runtime image does not ship and ${workdir} does not hold (it was installed in this stage), so a runtime stage would not have it.`,
    ko: `스테이지를 나누지 않았습니다. 컨테이너가 실행하는 \`${program}\`은(는) 런타임 이미지에 없고 ${workdir}에도 없어서(이 스테이지에서 설치함), 런타임 스테이지에는 빠집니다.`,
  };
}
