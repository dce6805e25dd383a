import {
  isInstall,
  isUpdate,
  NATIVE_COMPILERS,
  packageManagerCall,
  type SimpleCommand,
  type StageNode,
  TAGS_CHECKED,
  resolvePath,
  writtenWorkdirAtEnd,
  writtenWorkdirBefore,
  type DockerfileModel,
} from '@dop/analyzer';
import { type Block, renderBlock } from '../blocks.js';
import { isPlainRun } from '../text.js';
import { ARTIFACT_ECOSYSTEMS } from './artifact-ecosystems.js';
import { locateArtefact } from './artefact-path.js';
import { BINARY_NAME } from './built-artefacts.js';
import { fullImageName, runtimeCommand } from './command.js';
import { factsOf, joinLocalized, missingFact } from './context-facts.js';
import {
  dotnetEntrypoint,
  dotnetRuntimeImage,
  dotnetWithoutPublish,
  publishedProject,
} from './dotnet-context.js';
import { jlinkRuntime, jreKept } from './jlink.js';
import { type Recipe, RUNTIME_ONLY } from './recipe.js';
import { runtimeUser } from './runtime-user.js';
import { isCleanupCommand, libraryDistro, runtimePackagesRun } from './shell-edits.js';
import { fromLine, runtimeTail } from './stages.js';

/**
 * Compiled ecosystems (Go, Rust, Java, .NET): the original stage builds, and a runtime stage gets
 * only the file the command runs, at the same path, so the command itself does not change.
 */
export const artifact: Recipe = {
  ecosystem: 'compiled',
  plan({ model, stage, blocks, options, nl }) {
    const eco = ARTIFACT_ECOSYSTEMS.find(
      (e) => e.buildImages.test(fullImageName(stage)) && (e.matches?.(stage, model) ?? true),
    );
    if (!eco) return null;
    const argv = runtimeCommand(stage);
    const workdir = writtenWorkdirAtEnd(model, stage);
    const facts = factsOf(options.context);
    // .NET: the project file names the assembly a `dotnet run` would have built, and the runtime
    const project = eco.ecosystem === 'dotnet' ? publishedProject(stage, argv, options.context) : null;
    const entry = project ? dotnetEntrypoint(model, stage, argv, project) : null;
    const located = entry
      ? { path: entry.dir, target: entry.dir, directory: true, from: entry.from }
      : argv
        ? locateArtefact(model, eco, stage, argv, workdir, facts)
        : null;
    if (!located || 'needs' in located) {
      const missing =
        located && 'needs' in located
          ? missingFact(located.needs, BINARY_NAME, options.context)
          : project
            ? dotnetWithoutPublish(project)
            : null;
      return {
        skip: {
          en: `The ${eco.ecosystem} build was not split into stages: the command does not name a built file (for example \`${eco.example}\`), so the runtime stage would not know what to copy.${missing ? ` ${missing.en}` : ''}`,
          ko: `${eco.ecosystem} 빌드를 스테이지로 나누지 않았습니다. 실행 명령이 빌드된 파일(예: \`${eco.example}\`)을 가리키지 않아 런타임 스테이지가 무엇을 복사할지 알 수 없습니다.${missing ? ` ${missing.ko}` : ''}`,
        },
      };
    }
    const { path, target, directory } = located;
    if (
      blocks.some(
        (b) => b.ins.keyword === 'USER' || b.ins.keyword === 'ONBUILD' || b.ins.keyword === 'VOLUME',
      )
    ) {
      return null;
    }
    const fromProject = project ? dotnetRuntimeImage(stage.image, project) : null;
    const runtimeImage = fromProject?.image ?? eco.runtimeImage(stage.image, stage);
    const from = joinLocalized([located.from, fromProject?.from]);
    if (!runtimeImage) {
      return {
        skip: {
          en: `The ${eco.ecosystem} build was not split into stages: no runtime image is known to exist for ${stage.image.raw} (checked ${TAGS_CHECKED}), so none was chosen.`,
          ko: `${eco.ecosystem} 빌드를 스테이지로 나누지 않았습니다. ${stage.image.raw}에 맞는 런타임 이미지가 있는지 확인하지 못해(${TAGS_CHECKED} 기준) 고르지 않았습니다.`,
        },
      };
    }
    const kept = eco.sameBase ? sameBaseRuns(model, blocks, stage, path, nl) : null;
    if (eco.sameBase && !kept) return null;
    // Java: a runtime of only the modules the app uses, where the JDK image can link one
    const jlink = eco.ecosystem === 'java' ? jlinkRuntime(stage.image, { path, directory }, nl) : null;
    const linked = jlink && !('why' in jlink) ? jlink : null;
    const finalImage = linked?.image ?? runtimeImage;
    const runtimeText = linked
      ? linked.text
      : jlink && 'why' in jlink
        ? jreKept(jlink.why)
        : (eco.runtimeNote?.(runtimeImage) ?? null);
    const build = [
      fromLine(model.text, stage, 'build'),
      ...blocks
        .slice(1)
        .filter((b) => !RUNTIME_ONLY.has(b.ins.keyword) && !kept?.dropped.has(b))
        .map((b) => renderBlock(b, nl)),
      ...(linked ? [linked.buildRun, '', fromLine(model.text, stage, 'jre'), ...linked.jreStage] : []),
    ];
    const env = blocks.filter((b) => b.ins.keyword === 'ENV').map((b) => renderBlock(b, nl));
    // The runtime image's own user only where the ecosystem names it (distroless nonroot).
    const user = runtimeUser(
      { registry: null, name: '' },
      blocks,
      options,
      eco.ecosystem,
      eco.runtimeUser?.(finalImage),
    );
    const tail = runtimeTail(
      blocks.filter(
        (b) => RUNTIME_ONLY.has(b.ins.keyword) && !(entry && ['CMD', 'ENTRYPOINT'].includes(b.ins.keyword)),
      ),
      user,
      nl,
    );
    if (entry) tail.push(entry.line);
    const runWorkdir = entry?.dir ?? workdir;
    const runtime = [
      fromLine(model.text, stage, null, finalImage),
      ...(linked?.setup ?? []),
      ...env,
      ...(kept?.runtime ?? []),
      ...(runWorkdir ? [`WORKDIR ${runWorkdir}`] : []),
      `COPY --from=build ${path} ${directory ? `${target}/` : target}`,
      ...tail,
    ];
    return {
      ecosystem: eco.ecosystem,
      build,
      runtime,
      title: linked
        ? {
            en: `Copy only ${path} and a jlink runtime into a runtime stage from ${finalImage}`,
            ko: `${path}과(와) jlink 런타임만 ${finalImage} 런타임 스테이지로 복사`,
          }
        : {
            en: `Copy only ${path} into a runtime stage from ${runtimeImage}`,
            ko: `${path}만 ${runtimeImage} 런타임 스테이지로 복사`,
          },
      explanation: {
        en: `The ${eco.ecosystem} toolchain, the source and the build caches are needed to build, not to run. The original stage is now the build stage; the runtime stage starts from ${finalImage} and copies only ${path}${target === path ? ', at the same path' : directory ? ` into ${target}, where the build left it` : ` to ${target}, where its PATH finds it`}${entry ? '' : ', so the command is unchanged'}.${from ? ` ${from.en}` : ''}${eco.sameBase ? ` ${eco.sameBase.en}` : ''}${runtimeText ? ` ${runtimeText.en}` : ''} ${user.text.en} Check that the program needs nothing else from the build image (shared libraries, config files).`,
        ko: `${eco.ecosystem} 툴체인, 소스, 빌드 캐시는 빌드에만 필요하고 실행에는 필요 없습니다. 원래 스테이지는 빌드 스테이지가 되고, 런타임 스테이지는 ${finalImage}에서 시작해 ${target === path ? `${path}만 같은 경로로 복사${entry ? '합니다' : '하므로'}` : directory ? `${path}만 빌드가 둔 곳과 같은 ${target}에 복사${entry ? '합니다' : '하므로'}` : `${path}만 PATH가 찾는 ${target}(으)로 복사${entry ? '합니다' : '하므로'}`}${entry ? '' : ' 실행 명령은 그대로입니다'}.${from ? ` ${from.ko}` : ''}${eco.sameBase ? ` ${eco.sameBase.ko}` : ''}${runtimeText ? ` ${runtimeText.ko}` : ''} ${user.text.ko} 프로그램이 빌드 이미지의 다른 것(공유 라이브러리, 설정 파일)을 필요로 하지 않는지 확인하세요.`,
      },
      resolves: ['DOP028', 'DOP029', 'DOP030'],
    };
  },
};

/**
 * For a program built on the image it runs on: the runtime versions of the OS package installs,
 * and the clean-up RUNs after the build (left out of both stages: the boundary does their work).
 * Null when a RUN is anything else (its effect might be needed at run time), an install shares a
 * RUN with the build, or a clean-up deletes the program.
 */
function sameBaseRuns(
  model: DockerfileModel,
  blocks: readonly Block[],
  stage: StageNode,
  program: string,
  nl: string,
): { runtime: string[]; dropped: Set<Block> } | null {
  if (blocks.some((b) => b.ins.keyword === 'ARG' || b.ins.keyword === 'SHELL')) return null;
  const distro = libraryDistro(stage.image);
  const runtime: string[] = [];
  const dropped = new Set<Block>();
  const isOsInstall = (c: SimpleCommand) => {
    const call = packageManagerCall(c);
    return call !== null && call.pm.ecosystem === 'os' && isInstall(call);
  };
  const lastBuild = blocks.findLastIndex((b) =>
    (b.ins.shell?.commands ?? []).some((c) => NATIVE_COMPILERS.has(c.name)),
  );
  for (const [i, b] of blocks.entries()) {
    if (b.ins.keyword !== 'RUN') continue;
    if (!isPlainRun(b.ins)) return null;
    const cmds = b.ins.shell?.commands ?? [];
    if (cmds.some((c) => c.name === 'rm' && !removesBesides(c, program))) {
      // only clean-ups that leave the program; a relative path is read from the RUN's folder
      const workdir = writtenWorkdirBefore(model, b.ins);
      const safe = cmds
        .filter((c) => c.name === 'rm')
        .every((c) =>
          c.args
            .filter((a) => !a.value.startsWith('-'))
            .every((a) => {
              // `rm -rf dir/*` empties dir; `rm -rf *` the working directory; `rm -rf /*` the root
              const path = a.expansion ? null : resolvePath(workdir, a.value.replace(/\*$/, '') || '.');
              return path !== null && path !== '/' && path !== program && !program.startsWith(`${path}/`);
            }),
        );
      if (!safe) return null;
    }
    const builds = cmds.some((c) => NATIVE_COMPILERS.has(c.name));
    const installs = cmds.some(isOsInstall);
    if (builds && installs) return null;
    if (builds) continue;
    if (installs) {
      // only package housekeeping: anything else in the RUN (a download, a configure) is unknown to the runtime
      const housekeeping = (c: SimpleCommand) => {
        const call = packageManagerCall(c);
        return isOsInstall(c) || isCleanupCommand(c) || (call?.pm.ecosystem === 'os' && isUpdate(call));
      };
      if (!cmds.every(housekeeping)) return null;
      const own = runtimePackagesRun(model.text, b.ins, distro);
      if (own !== null) runtime.push(renderBlock({ comments: b.comments, text: own }, nl));
      continue;
    }
    if (cmds.every((c) => isCleanupCommand(c) || removesBesides(c, program))) {
      if (i > lastBuild) dropped.add(b);
      continue;
    }
    // `mkdir`, `cd` and the like set up the build: harmless in it, not needed to run
    if (i < lastBuild && cmds.every((c) => SETUP_ONLY.has(c.name))) continue;
    return null;
  }
  return { runtime, dropped };
}

/** Commands that prepare folders for the build and change nothing the program reads. */
const SETUP_ONLY = new Set(['mkdir', 'cd', 'true']);

/** `rm` of paths other than the program and the folders above it. */
function removesBesides(cmd: SimpleCommand, program: string): boolean {
  if (cmd.name !== 'rm') return false;
  const paths = cmd.args.filter((a) => !a.value.startsWith('-'));
  return (
    paths.length > 0 &&
    paths.every((p) => {
      if (p.expansion || !p.value.startsWith('/')) return false;
      const dir = p.value.replace(/\/?\*?$/, '');
      return dir !== '' && program !== dir && !program.startsWith(`${dir}/`);
    })
  );
}
