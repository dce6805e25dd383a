import {
  debianReleaseOf,
  type DockerfileModel,
  IMAGE_DISTROS_CHECKED,
  isInstall,
  packageManagerCall,
  trimTrailingSlashes,
  writtenWorkdirBefore,
} from '@dop/analyzer';
import { type Block, renderBlock } from '../blocks.js';
import { isAndChain, isPlainRun, topCommands } from '../text.js';
import { runtimeCommand } from './command.js';
import type { RecipeInput, RecipeResult } from './recipe.js';
import { RUNTIME_ONLY } from './recipe.js';
import { writesOutside } from './relocation.js';
import { libraryDistro, runtimePackagesRun } from './shell-edits.js';
import { fromLine } from './stages.js';

/** Web servers a Node stage installs from the distribution to serve what it built: program → package. */
const OS_SERVERS: Readonly<Record<string, string>> = { nginx: 'nginx' };

/** `cp -r dist/* /var/www/html/` (or `dist/.`): the built folder's contents into a server's folder. */
interface SiteCopy {
  block: Block;
  /** The built folder, relative to the working directory. */
  from: string;
  /** Where the server reads it (absolute, no trailing slash). */
  to: string;
  /** `dist/*` leaves out dotfiles at the top of the folder; a COPY of the folder does not. */
  glob: boolean;
}

function siteCopy(model: DockerfileModel, b: Block, workdir: string): SiteCopy | null {
  if (!isPlainRun(b.ins)) return null;
  const cmds = topCommands(b.ins);
  if (cmds.length !== 1 || b.ins.shell?.commands.length !== 1 || !isAndChain(cmds)) return null;
  const cmd = cmds[0]!;
  if (cmd.name !== 'cp' || cmd.assignments.length > 0) return null;
  const words = cmd.args.map((a) => a.value);
  const flags = words.filter((w) => w.startsWith('-'));
  const operands = words.filter((w) => !w.startsWith('-'));
  if (!flags.some((f) => /^-[a-zA-Z]*[rRa]/.test(f)) || operands.length !== 2) return null;
  const src = /^(?:\.\/)?([\w.-]+(?:\/[\w.-]+)*)\/(\*|\.)$/.exec(operands[0]!);
  const to = trimTrailingSlashes(operands[1]!, true);
  const dest = /^\/[\w./-]*$/.test(to) ? to : null;
  if (!src || dest === null || src[1]!.split('/').includes('..') || dest.includes('..')) return null;
  if (writtenWorkdirBefore(model, b.ins) !== workdir) return null;
  return { block: b, from: src[1]!, to: dest, glob: src[2] === '*' };
}

const osPackages = (b: Block): string[] =>
  b.ins.keyword !== 'RUN'
    ? []
    : topCommands(b.ins).flatMap((c) => {
        const call = packageManagerCall(c);
        return call?.pm.ecosystem === 'os' && isInstall(call) ? call.operands.map((o) => o.value) : [];
      });

/**
 * A Node stage that builds a site, installs a web server from the distribution (`apt-get install
 * nginx`), copies the build into the server's folder and runs the server: Node only builds. The
 * runtime stage is the slim image of the same Debian release with the same server from apt — the
 * same version and configuration — and only the built files, where the original put them.
 * Null when the file is not of that shape; a note when the Debian release is not known.
 */
export function osServedSite(input: RecipeInput, installAt: number, workdir: string): RecipeResult {
  const { model, stage, blocks, nl } = input;
  const program = runtimeCommand(stage)?.[0];
  const pkg = program ? OS_SERVERS[program] : undefined;
  if (!program || !pkg) return null;
  const serverInstalls = blocks.filter((b) => osPackages(b).includes(pkg));
  if (serverInstalls.length !== 1) return null;
  const after = blocks.slice(installAt + 1);
  const copies = after.flatMap((b) => {
    const c = siteCopy(model, b, workdir);
    return c ? [c] : [];
  });
  if (copies.length === 0) return null;
  const copied = new Set(copies.map((c) => c.block));
  // Nothing else may write outside the working directory: the runtime stage would not have it.
  if (
    writesOutside(
      blocks.filter((b) => !copied.has(b)),
      workdir,
    )
  )
    return null;
  const release = debianReleaseOf(stage.image);
  if (!release) {
    return {
      skip: {
        en: `The stages were not split: ${program} is installed from the distribution, and which Debian release ${stage.image.raw} is built on is not known here (the tags that name none moved between releases; checked ${IMAGE_DISTROS_CHECKED}). Name it in the tag (for example \`node:22-bookworm\`) and the runtime stage becomes that release's slim image with ${pkg} from apt.`,
        ko: `스테이지를 나누지 않았습니다. ${program}을(를) 배포판 패키지로 설치하는데, ${stage.image.raw}이(가) 어떤 Debian 릴리스 위에 만들어졌는지 알 수 없습니다(릴리스를 적지 않은 태그는 릴리스가 바뀌어 왔습니다. ${IMAGE_DISTROS_CHECKED} 기준). 태그에 릴리스를 적으면(예: \`node:22-bookworm\`) 런타임 스테이지를 그 릴리스의 slim 이미지와 apt의 ${pkg}(으)로 만듭니다.`,
      },
    };
  }
  const runtimeImage = `debian:${release}-slim`;
  const server = serverInstalls[0]!;
  const serverOnly = osPackages(server).every((p) => p.split('=')[0] === pkg);
  const build = [
    fromLine(model.text, stage, 'build'),
    ...blocks
      .slice(1)
      .filter((b) => !RUNTIME_ONLY.has(b.ins.keyword) && !copied.has(b) && !(serverOnly && b === server))
      .map((b) => renderBlock(b, nl)),
  ];
  const distro = libraryDistro(stage.image) ?? 'debian';
  const packages = blocks.flatMap((b) => {
    if (osPackages(b).length === 0) return [];
    const text = runtimePackagesRun(model.text, b.ins, distro);
    return text === null ? [] : [renderBlock({ comments: b.comments, text }, nl)];
  });
  const runtime = [
    fromLine(model.text, stage, null, runtimeImage),
    ...blocks
      .filter((b) => b.ins.keyword === 'ENV' || b.ins.keyword === 'ARG')
      .map((b) => renderBlock(b, nl)),
    ...packages,
    ...copies.map((c) => `COPY --from=build ${workdir}/${c.from}/ ${c.to}/`),
    ...blocks.filter((b) => RUNTIME_ONLY.has(b.ins.keyword)).map((b) => renderBlock(b, nl)),
  ];
  const to = copies.map((c) => c.to).join(', ');
  const glob = copies.some((c) => c.glob);
  return {
    ecosystem: 'static',
    build,
    runtime,
    title: {
      en: `Build with Node in a build stage; serve ${to} with ${program} on ${runtimeImage}`,
      ko: `빌드 스테이지에서 Node로 빌드하고 ${runtimeImage}의 ${program}(으)로 ${to} 제공`,
    },
    explanation: {
      en: `Node, npm, node_modules and the source are needed to build the site, not to serve it. The build stage installs and builds; the runtime stage starts from ${runtimeImage}, the Debian release ${stage.image.raw} is built on (checked ${IMAGE_DISTROS_CHECKED}), installs ${pkg} there from apt — the same version with the same configuration, so it serves the same folder on the same port as before — and gets only the built files, at ${to}. The official ${program} image was not chosen: it is another build of ${program} with its own configuration and site folder.${glob ? ' The COPY also brings dotfiles at the top of the built folder, which `cp …/*` left out.' : ''} It keeps the image's user: ${program} starts as root to listen on its port and runs its workers as the unprivileged user of its configuration. If ${stage.image.raw} moves to another Debian release, move this image with it.`,
      ko: `Node, npm, node_modules, 소스는 사이트를 빌드할 때만 필요하고 제공에는 필요 없습니다. 빌드 스테이지에서 설치와 빌드를 하고, 런타임 스테이지는 ${stage.image.raw}의 바탕인 Debian 릴리스의 ${runtimeImage}에서 시작해(${IMAGE_DISTROS_CHECKED} 기준) apt로 ${pkg}을(를) 설치합니다. 같은 버전과 같은 설정이라 전과 같은 폴더를 같은 포트에서 제공하며, 빌드된 파일만 ${to}에 받습니다. 공식 ${program} 이미지는 다른 빌드에 설정과 사이트 폴더도 달라 고르지 않았습니다.${glob ? ' COPY는 `cp …/*`가 빠뜨리던, 빌드 폴더 맨 위의 점 파일도 가져옵니다.' : ''} 이미지의 사용자를 그대로 둡니다. ${program}은(는) root로 시작해 포트를 열고, 작업 프로세스는 설정에 적힌 일반 사용자로 실행합니다. ${stage.image.raw}의 Debian 릴리스가 바뀌면 이 이미지도 함께 바꾸세요.`,
    },
    resolves: ['DOP028', 'DOP029', 'DOP030'],
  };
}
