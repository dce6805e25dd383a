/**
 * How to fetch a compiled ecosystem's dependencies from its manifests alone, before the source is
 * copied, so that a source edit does not download them again (P22/P23): the files to copy first,
 * the command, and the build commands that would otherwise download them. A manifest written
 * with a trailing `*` is optional (BuildKit copies nothing for it when it is absent, provided
 * another source matches). From each tool's documentation (go mod download, Maven dependency
 * plugin's go-offline, Gradle's dependencies task, dotnet restore, cargo fetch, Composer's
 * install options); reviewed 2026-12-07.
 */
import type { BuildToolId } from './ecosystems.js';
import type { PackageManagerId } from './package-managers.js';

export interface DependencyPrefetch {
  tool: BuildToolId;
  /** The package manager whose build commands mark the ecosystem (`go build`, `./mvnw package`). */
  pm: PackageManagerId;
  /** Subcommands that build (and so download what is missing). */
  builds: readonly string[];
  /** Files to copy before the source, into the build's working directory. */
  files: readonly string[];
  /** …and the extra files when the build runs the project's wrapper (`./mvnw`, `./gradlew`). */
  wrapperFiles?: readonly string[];
  /** The command that fetches the dependencies; `{tool}` is the build's own program (`mvn`, `./mvnw`). */
  command: string;
  /** Commands that already fetch them, if any ran earlier in the stage. */
  fetches: readonly string[];
  /**
   * Flags the build's own command gets to become the prefetch (Composer: the install itself, with
   * nothing that needs the source); then `command` is not used.
   */
  reuseBuild?: readonly string[];
  /** A manifest whose presence in the context makes the prefetch wrong, with the marker text. */
  notWith?: { file: string; marker: RegExp; why: { en: string; ko: string } };
}

export const DEPENDENCY_PREFETCH: readonly DependencyPrefetch[] = [
  {
    tool: 'go',
    pm: 'go',
    builds: ['build', 'install', 'test', 'vet'],
    files: ['go.mod', 'go.sum*'],
    command: 'go mod download',
    fetches: ['mod download', 'mod vendor'],
  },
  {
    tool: 'maven',
    pm: 'mvn',
    builds: ['package', 'install', 'verify', 'compile', 'spring-boot:run'],
    files: ['pom.xml'],
    wrapperFiles: ['mvnw', '.mvn/'],
    command: '{tool} -B dependency:go-offline',
    fetches: ['dependency:go-offline', 'dependency:resolve'],
    notWith: {
      file: 'pom.xml',
      marker: /<modules>/,
      why: {
        en: 'pom.xml lists modules: their own pom.xml files are needed too',
        ko: 'pom.xml에 모듈이 있어 각 모듈의 pom.xml도 필요합니다',
      },
    },
  },
  {
    tool: 'gradle',
    pm: 'gradle',
    builds: ['build', 'assemble', 'bootJar', 'installDist', 'shadowJar', 'jar'],
    files: ['build.gradle*', 'settings.gradle*', 'gradle.properties*'],
    wrapperFiles: ['gradlew', 'gradle/'],
    command: '{tool} dependencies --no-daemon',
    fetches: ['dependencies'],
  },
  {
    tool: 'dotnet',
    pm: 'dotnet',
    builds: ['publish', 'build', 'test'],
    files: ['*.csproj'],
    command: 'dotnet restore',
    fetches: ['restore'],
  },
  {
    tool: 'cargo',
    pm: 'cargo',
    builds: ['build', 'install'],
    files: ['Cargo.toml', 'Cargo.lock*'],
    command: 'cargo fetch',
    // `cargo chef cook` (the cargo-chef plugin) fetches and compiles the dependencies from its recipe
    fetches: ['fetch', 'chef cook'],
    notWith: {
      file: 'Cargo.toml',
      marker: /^[ \t]*\[workspace\]/m,
      why: {
        en: 'Cargo.toml is a workspace: its members’ Cargo.toml files are needed too',
        ko: 'Cargo.toml이 워크스페이스라서 멤버의 Cargo.toml도 필요합니다',
      },
    },
  },
  {
    tool: 'composer',
    pm: 'composer',
    builds: ['install'],
    files: ['composer.json', 'composer.lock*'],
    command: 'composer install',
    // scripts and the autoloader read the source: they run in the install after the COPY
    reuseBuild: ['--no-scripts', '--no-autoloader', '--no-interaction'],
    fetches: [],
  },
];
