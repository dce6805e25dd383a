import { TAGS_CHECKED } from '@dop/analyzer';
import { renderBlock } from '../blocks.js';
import { ARTIFACT_ECOSYSTEMS } from './artifact-ecosystems.js';
import { locateArtefact } from './artefact-path.js';
import { BINARY_NAME } from './built-artefacts.js';
import { finalWorkdir, fullImageName, runtimeCommand } from './command.js';
import { factsOf, joinLocalized, missingFact } from './context-facts.js';
import { dotnetEntrypoint, dotnetRuntimeImage, publishedProject } from './dotnet-context.js';
import { type Recipe, RUNTIME_ONLY } from './recipe.js';
import { runtimeUser } from './runtime-user.js';
import { fromLine, runtimeTail } from './stages.js';

/**
 * Compiled ecosystems (Go, Rust, Java, .NET): the original stage builds, and a runtime stage gets
 * only the file the command runs, at the same path, so the command itself does not change.
 */
export const artifact: Recipe = {
  ecosystem: 'compiled',
  plan({ model, stage, blocks, options, nl }) {
    const eco = ARTIFACT_ECOSYSTEMS.find((e) => e.buildImages.test(fullImageName(stage)));
    if (!eco) return null;
    const argv = runtimeCommand(stage);
    const workdir = finalWorkdir(stage);
    const facts = factsOf(options.context);
    // .NET: the project file names the assembly a `dotnet run` would have built, and the runtime
    const project = eco.ecosystem === 'dotnet' ? publishedProject(stage, argv, options.context) : null;
    const entry = project ? dotnetEntrypoint(stage, argv, project) : null;
    const located = entry
      ? { path: entry.dir, target: entry.dir, directory: true, from: entry.from }
      : argv
        ? locateArtefact(eco, stage, argv, workdir, facts)
        : null;
    if (!located || 'needs' in located) {
      const missing =
        located && 'needs' in located ? missingFact(located.needs, BINARY_NAME, options.context) : null;
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
    const build = [
      fromLine(model.text, stage, 'build'),
      ...blocks
        .slice(1)
        .filter((b) => !RUNTIME_ONLY.has(b.ins.keyword))
        .map((b) => renderBlock(b, nl)),
    ];
    const env = blocks.filter((b) => b.ins.keyword === 'ENV').map((b) => renderBlock(b, nl));
    // The runtime image's own user only where the ecosystem names it (distroless nonroot).
    const user = runtimeUser({ registry: null, name: '' }, blocks, options, eco.ecosystem, eco.runtimeUser);
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
      fromLine(model.text, stage, null, runtimeImage),
      ...env,
      ...(runWorkdir ? [`WORKDIR ${runWorkdir}`] : []),
      `COPY --from=build ${path} ${directory ? `${target}/` : target}`,
      ...tail,
    ];
    return {
      ecosystem: eco.ecosystem,
      build,
      runtime,
      title: {
        en: `Copy only ${path} into a runtime stage from ${runtimeImage}`,
        ko: `${path}만 ${runtimeImage} 런타임 스테이지로 복사`,
      },
      explanation: {
        en: `The ${eco.ecosystem} toolchain, the source and the build caches are needed to build, not to run. The original stage is now the build stage; the runtime stage starts from ${runtimeImage} and copies only ${path}${target === path ? ', at the same path' : ` to ${target}, where its PATH finds it`}${entry ? '' : ', so the command is unchanged'}.${from ? ` ${from.en}` : ''} ${user.text.en} Check that the program needs nothing else from the build image (shared libraries, config files).`,
        ko: `${eco.ecosystem} 툴체인, 소스, 빌드 캐시는 빌드에만 필요하고 실행에는 필요 없습니다. 원래 스테이지는 빌드 스테이지가 되고, 런타임 스테이지는 ${runtimeImage}에서 시작해 ${target === path ? `${path}만 같은 경로로 복사${entry ? '합니다' : '하므로'}` : `${path}만 PATH가 찾는 ${target}(으)로 복사${entry ? '합니다' : '하므로'}`}${entry ? '' : ' 실행 명령은 그대로입니다'}.${from ? ` ${from.ko}` : ''} ${user.text.ko} 프로그램이 빌드 이미지의 다른 것(공유 라이브러리, 설정 파일)을 필요로 하지 않는지 확인하세요.`,
      },
      resolves: ['DOP028', 'DOP029', 'DOP030'],
    };
  },
};
