/**
 * .NET choices read from the project file in the build context: the runtime image (`aspnet` for a
 * web project, the smaller `runtime` otherwise, at the version the target framework runs on) and,
 * when the command does not name the published assembly (`dotnet run`, or no command at all), the
 * `ENTRYPOINT ["dotnet", "<AssemblyName>.dll"]` that runs it from the `dotnet publish -o` folder.
 * Every choice names the project file it came from.
 */
import {
  ASPNET_FRAMEWORK_REFERENCE,
  aspnetTagForSdk,
  type BuildContext,
  type DotnetFacts,
  dotnetVersionOfTfm,
  type ImageRef,
  type Localized,
  projectFacts,
  shell,
  type StageNode,
  resolvePath,
  writtenWorkdirBefore,
  type DockerfileModel,
} from '@dop/analyzer';

const PROJECT = /\.(cs|fs|vb)proj$/;
const dirOf = (path: string) => (path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '');
const bare = (p: string) => p.replace(/^\.\//, '');

/** The `dotnet publish` (or `build`, `run`) commands of the stage, with the RUN they are in. */
function dotnetCalls(stage: StageNode, sub: string) {
  return stage.instructions.flatMap((ins) =>
    ins.keyword === 'RUN'
      ? (ins.shell?.commands ?? [])
          .filter((c) => c.name === 'dotnet' && c.argv[1]?.value === sub)
          .map((c) => ({ ins, cmd: c }))
      : [],
  );
}

/**
 * The project the stage publishes: the one `dotnet publish` (or `dotnet run --project`) names,
 * found in the context by its path; else the context's only project file. Null when it cannot tell.
 */
export function publishedProject(
  stage: StageNode,
  argv: readonly string[] | null,
  context: BuildContext | undefined,
): DotnetFacts | null {
  if (!context) return null;
  const projects = context.files.filter((f) => PROJECT.test(f));
  const publish = dotnetCalls(stage, 'publish')[0];
  const named =
    publish?.cmd.argv.slice(2).find((w) => PROJECT.test(w.value))?.value ??
    (argv?.[0] === 'dotnet' && argv[1] === 'run' && argv.includes('--project')
      ? argv[argv.indexOf('--project') + 1]
      : undefined);
  const candidates = named
    ? projects.filter((p) => p === bare(named) || p.endsWith(`/${bare(named)}`))
    : projects;
  if (candidates.length !== 1) return null;
  const file = candidates[0]!;
  return projectFacts(context, dirOf(file)).dotnet?.find((d) => d.project === file) ?? null;
}

const fromProject = (what: Localized, file: string): Localized => ({
  en: `${what.en} comes from ${file}.`,
  ko: `${what.ko}은(는) ${file}에서 읽었습니다.`,
});

/**
 * The runtime image for the project: `aspnet` or `runtime` by its SDK, at the version of its target
 * framework, with the OS suffix of the SDK image's tag (`9.0-alpine3.20`). Null when the project
 * does not say (an SDK or framework no table knows): the choice is then made as without it.
 */
export function dotnetRuntimeImage(
  sdkImage: ImageRef,
  project: DotnetFacts,
): { image: string; from: Localized } | null {
  const version = project.targetFramework ? dotnetVersionOfTfm(project.targetFramework.value) : null;
  const kind = project.runtime?.value;
  if (!version && !kind) return null;
  const sdkTag = aspnetTagForSdk(sdkImage.tag);
  if (sdkTag === null) return null;
  const suffix = sdkTag.replace(/^\d+\.\d+/, '');
  const image = `mcr.microsoft.com/dotnet/${kind ?? 'aspnet'}:${version ?? sdkTag.replace(suffix, '')}${suffix}`;
  const sdkName = project.sdk?.value ?? ASPNET_FRAMEWORK_REFERENCE;
  const parts: Localized[] = [];
  if (kind)
    parts.push({
      en: `${kind === 'aspnet' ? 'ASP.NET Core' : 'the .NET runtime alone'} (Sdk="${sdkName}")`,
      ko: `Sdk="${sdkName}"(${kind === 'aspnet' ? 'ASP.NET Core' : '.NET 런타임만'})`,
    });
  if (version)
    parts.push({
      en: `version ${version} (TargetFramework ${project.targetFramework?.value})`,
      ko: `TargetFramework ${project.targetFramework?.value}(버전 ${version})`,
    });
  const file = project.runtime?.file ?? project.project;
  return {
    image,
    from: {
      en: `The runtime image follows ${file}: ${parts.map((p) => p.en).join(', ')}.`,
      ko: `런타임 이미지는 ${file}의 ${parts.map((p) => p.ko).join(', ')}에 맞춰 골랐습니다.`,
    },
  };
}

/**
 * When the command does not run a published assembly (`dotnet run`, or none): the folder
 * `dotnet publish -o` writes and the ENTRYPOINT that runs the project's assembly from it.
 */
export function dotnetEntrypoint(
  model: DockerfileModel,
  stage: StageNode,
  argv: readonly string[] | null,
  project: DotnetFacts,
): { dir: string; line: string; from: Localized } | null {
  if (argv && !(argv[0] === 'dotnet' && argv[1] === 'run')) return null;
  const publishes = dotnetCalls(stage, 'publish');
  if (publishes.length !== 1) return null;
  const { ins, cmd } = publishes[0]!;
  const value = shell.optionValue(cmd.args, ['-o', '--output']);
  if (!value || value.includes('$')) return null;
  const dir = resolvePath(writtenWorkdirBefore(model, ins), value);
  if (!dir || dir === '/') return null;
  const dll = `${project.assembly.value}.dll`;
  return {
    dir,
    line: `ENTRYPOINT ["dotnet", "${dll}"]`,
    from: fromProject(
      {
        en: `The command runs the published ${dll} from ${dir} instead of ${argv ? '`dotnet run`' : 'nothing'}; its name`,
        ko: `실행 명령은 ${argv ? '`dotnet run` 대신 ' : ''}${dir}에 게시된 ${dll}을(를) 실행합니다. 이 이름`,
      },
      project.assembly.file,
    ),
  };
}

/**
 * Why a `dotnet run` with a known project was still not split: nothing publishes it. Publishing is
 * left to the author: a published app runs in Release and as Production, where `dotnet run` took
 * Debug and launchSettings.json's environment.
 */
export function dotnetWithoutPublish(project: DotnetFacts): Localized {
  const dll = `${project.assembly.value}.dll`;
  return {
    en: `${project.project} names the assembly, ${dll}, but no \`dotnet publish -o DIR\` writes it: add one to the build (it builds in Release and the app then runs as Production, where \`dotnet run\` used Debug and launchSettings.json) and the runtime stage can run \`dotnet ${dll}\` from DIR.`,
    ko: `${project.project}에서 어셈블리 이름 ${dll}은(는) 알 수 있지만, 이를 만드는 \`dotnet publish -o DIR\`이(가) 없습니다. 빌드에 추가하면(Release로 빌드되고 앱은 Production으로 실행됩니다. \`dotnet run\`은 Debug와 launchSettings.json을 썼습니다) 런타임 스테이지가 DIR에서 \`dotnet ${dll}\`을(를) 실행할 수 있습니다.`,
  };
}
