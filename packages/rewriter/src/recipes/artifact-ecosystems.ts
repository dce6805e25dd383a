import {
  aspnetTagForSdk,
  dotnetAppUser,
  type Ecosystem,
  GLIBC_WITHIN_DEBIAN12,
  type ImageRef,
  type Localized,
  NATIVE_BUILD_IMAGES,
  RUNTIME_IMAGES,
  rustDebianRelease,
  type StageNode,
  temurinJre,
  type DockerfileModel,
} from '@dop/analyzer';
import { nativeOutputs } from './built-artefacts.js';

/**
 * Compiled ecosystems whose build output is a file the command runs: the build image that marks
 * them, the runtime image that replaces it, and where in the command the artifact is named.
 * Runtime choices follow PRACTICES P14/P15: a JRE not a JDK, ASP.NET not the SDK, distroless
 * `base` (glibc, no shell) for Go binaries whatever their cgo use, Debian slim for Rust.
 */
export interface CompiledBuild {
  /** The build's ecosystem, named so in messages; C and C++ builds have none of their own. */
  ecosystem: Ecosystem | 'C/C++';
  /** Repository names (registry included for mcr.microsoft.com) of the build images. */
  buildImages: RegExp;
  /** The runtime image for a build image, from knowledge/image-tags.ts; null when none is known to exist. */
  runtimeImage(build: ImageRef, stage: StageNode): string | null;
  /** The file or directory the command needs from the build, from the command's words. */
  artifact(argv: readonly string[]): { path: string; directory: boolean } | null;
  /** A command that names its artifact, for the note when one does not. */
  example: string;
  /** User the runtime image expects, when it has one of its own (given the runtime image chosen). */
  runtimeUser?: (runtimeImage: string) => string | { user: string; text: Localized } | undefined;
  /** What the explanation says about the runtime image chosen, when it needs saying. */
  runtimeNote?: (runtimeImage: string) => Localized | null;
  /** What besides the image marks the stage as this ecosystem's (a compiler's `-o`). */
  matches?: (stage: StageNode, model: DockerfileModel) => boolean;
  /**
   * The runtime stage starts from the build's own image and keeps its OS package installs (build
   * tools dropped, header packages replaced by their libraries): a program built against that
   * image's C library. Why, for the change to say.
   */
  sameBase?: Localized;
}

const program = (argv: readonly string[]) => {
  const p = argv[0] ?? '';
  return p.includes('/') ? { path: p, directory: false } : null;
};

/** `CGO_ENABLED=0` set by ENV, ARG default or on the build command. */
function cgoOff(stage: StageNode): boolean {
  return stage.instructions.some((i) => {
    if (i.keyword === 'ENV' || i.keyword === 'ARG')
      return (
        i.args.some((a) => /^CGO_ENABLED[= ]?0$/.test(a.value)) ||
        /CGO_ENABLED[= ]+0\b/.test(i.args.map((a) => a.value).join(' '))
      );
    if (i.keyword !== 'RUN') return false;
    return (i.shell?.commands ?? []).some(
      (c) => c.name === 'go' && c.assignments.some((a) => a.value === 'CGO_ENABLED=0'),
    );
  });
}

const majorOf = (tag: string | null, fallback: string) =>
  /(?:jdk|temurin-|^)(\d{2})\b/.exec(tag ?? '')?.[1] ?? fallback;

export const ARTIFACT_ECOSYSTEMS: readonly CompiledBuild[] = [
  {
    ecosystem: 'go',
    buildImages: /^(library\/)?golang$/,
    // a static binary (cgo off) needs no libc: distroless static; else glibc from distroless base
    runtimeImage: (_b, stage) => (cgoOff(stage) ? RUNTIME_IMAGES.goStatic : RUNTIME_IMAGES.goDistroless),
    artifact: program,
    example: 'CMD ["/usr/local/bin/app"]',
    runtimeUser: () => '65532:65532',
  },
  {
    ecosystem: 'rust',
    buildImages: /^(library\/)?rust$/,
    // the binary links glibc (and libgcc): distroless cc where the build's glibc is not newer than Debian 12's
    runtimeImage: (b) => {
      if (/alpine/.test(b.tag ?? '')) return RUNTIME_IMAGES.rustAlpine;
      const release = rustDebianRelease(b.tag);
      return release && GLIBC_WITHIN_DEBIAN12.has(release)
        ? RUNTIME_IMAGES.rustDistroless
        : RUNTIME_IMAGES.rustDebian;
    },
    runtimeUser: (image) => (image === RUNTIME_IMAGES.rustDistroless ? '65532:65532' : undefined),
    runtimeNote: (image) =>
      image === RUNTIME_IMAGES.rustDistroless
        ? {
            en: `${image} holds the C libraries a Rust binary built on Debian links by default (glibc, libgcc, libstdc++, OpenSSL 3) and no shell or package manager; a binary that links another system library (libpq, SQLite) needs a Debian slim runtime with it installed instead.`,
            ko: `${image}에는 Debian에서 빌드한 Rust 바이너리가 기본으로 링크하는 C 라이브러리(glibc, libgcc, libstdc++, OpenSSL 3)만 있고 셸과 패키지 관리자는 없습니다. 다른 시스템 라이브러리(libpq, SQLite)를 링크하는 바이너리라면 그 라이브러리를 설치한 Debian slim 런타임을 쓰세요.`,
          }
        : null,
    artifact: program,
    example: 'CMD ["./target/release/app"]',
  },
  {
    ecosystem: 'java',
    buildImages: /^(library\/)?(maven|gradle|openjdk|eclipse-temurin|amazoncorretto)$/,
    runtimeImage: (b) => temurinJre(majorOf(b.tag, '21')),
    example: 'ENTRYPOINT ["java", "-jar", "target/app.jar"]',
    artifact: (argv) => {
      const jar = argv[0] === 'java' ? argv[argv.indexOf('-jar') + 1] : undefined;
      return jar && argv.includes('-jar') ? { path: jar, directory: false } : null;
    },
  },
  {
    ecosystem: 'C/C++',
    buildImages: NATIVE_BUILD_IMAGES,
    matches: (stage, model) => nativeOutputs(model, stage).length > 0,
    runtimeImage: (b) => b.raw,
    artifact: () => null,
    example: 'CMD ["/usr/local/bin/app"] after `gcc -o /usr/local/bin/app …`',
    sameBase: {
      en: 'The runtime stage starts from the same image as the build, so the program finds the same C library (glibc) it was linked against; the compiler and header packages stay in the build stage, a header package the program links against is replaced by its library, and the clean-up RUNs go (the stage boundary removes those files for real).',
      ko: '런타임 스테이지는 빌드와 같은 이미지에서 시작하므로 프로그램이 링크할 때 쓴 것과 같은 C 라이브러리(glibc)를 찾습니다. 컴파일러와 헤더 패키지는 빌드 스테이지에 남고, 프로그램이 링크하는 헤더 패키지는 그 라이브러리로 바뀌며, 정리용 RUN은 빠집니다(스테이지 경계가 그 파일을 실제로 없앱니다).',
    },
  },
  {
    ecosystem: 'dotnet',
    buildImages: /^mcr\.microsoft\.com\/dotnet\/sdk$/,
    runtimeImage: (b) => {
      const tag = aspnetTagForSdk(b.tag);
      return tag ? `mcr.microsoft.com/dotnet/aspnet:${tag}` : null;
    },
    example: 'ENTRYPOINT ["dotnet", "out/App.dll"]',
    // .NET 8+: the image's own app user, by the variable the image sets for it
    runtimeUser: (image) => {
      const app = dotnetAppUser(image);
      return app
        ? {
            user: `$${app.variable}`,
            text: {
              en: `It runs as the image's own non-root user ${app.user} (uid ${app.uid}), named by the image's ${app.variable} variable (.NET ${app.fromMajor} and later images).`,
              ko: `이미지에 들어 있는 일반 사용자 ${app.user}(UID ${app.uid})로 실행하며, 이 사용자는 이미지가 정한 ${app.variable} 변수로 가리킵니다(.NET ${app.fromMajor} 이상 이미지).`,
            },
          }
        : undefined;
    },
    artifact: (argv) => {
      const dll = argv[0] === 'dotnet' ? argv[1] : undefined;
      if (!dll?.endsWith('.dll')) return null;
      const dir = dll.includes('/') ? dll.slice(0, dll.lastIndexOf('/')) : '.';
      return { path: dir, directory: true };
    },
  },
];
