/**
 * What the analyzer and the rewriter know about well-known base images, as data: per image
 * family, the ecosystem it carries, whether it is a build toolchain or a runtime, its variants
 * (full, slim, alpine, distroless…) with approximate sizes, the smaller variant to recommend, the
 * shell and OS package manager it ships, and the user it runs as.
 *
 * Sizes are APPROXIMATE (no network at the time of writing): typical linux/amd64 figures for a
 * recent version, good enough to say "about 900 MB smaller", never to promise an exact number.
 * Every size says where it comes from in `source`.
 *
 * Tags are read as `-`-separated tokens: an optional leading version (`3.12`, `20`, `lts`,
 * `bookworm` for OS images), distro codenames (`bookworm`, `jammy`…), variant markers (`slim`,
 * `alpine3.20`, `jre`, `nonroot`…) and flavour tokens kept as they are (`fpm`, `apache`,
 * `eclipse-temurin-21`…). Variant tag templates rebuild a tag from these parts.
 */
import type { ImageRef } from '../model/types.js';
import type { Ecosystem } from './ecosystems.js';

/** What an image is for. */
export type ImageRole =
  /** A Linux distribution with a package manager and nothing else. */
  | 'os'
  /** Runs applications of an ecosystem (interpreter, JRE, ASP.NET runtime, static runtime). */
  | 'runtime'
  /** Builds them: compilers, SDKs, build tools (golang, maven, rust, dotnet/sdk, a JDK). */
  | 'toolchain'
  /** A ready-made service (web server, database, cache). */
  | 'server'
  /** Nothing at all (`scratch`). */
  | 'empty';

/** The language ecosystem an image carries, `os` for a plain distribution, `service` for a server, `none` for scratch. */
export type ImageEcosystem = Ecosystem | 'os' | 'service' | 'none';

/** Broad size class of a variant. */
export type VariantKind = 'full' | 'slim' | 'alpine' | 'minimal' | 'distroless' | 'windows' | 'empty';

/** The OS package manager an image ships (`null`: none). */
export type OsPackageManager = 'apt' | 'apk' | 'dnf' | 'microdnf' | 'yum' | null;

/** The shell an image ships (`null`: none, so shell-form RUN/CMD cannot work). */
export type ImageShell = 'sh' | 'bash' | 'busybox' | 'cmd' | 'powershell' | null;

/** The user an image runs as when the Dockerfile sets no USER. */
export interface ImageUser {
  /** User name (`root`, `nonroot`, `ContainerUser`). */
  name: string;
  /** Numeric uid; `null` where uids do not apply (Windows). */
  uid: number | null;
}

/** Approximate size of one variant. */
export interface ImageSize {
  /** Download size (compressed layers), MB. */
  compressedMb: number;
  /** Size on disk once pulled (uncompressed), MB. */
  uncompressedMb: number;
  /** Where the figures come from and how far to trust them. */
  source: string;
}

/** One variant of a family: a set of tags (and sometimes a repository) with common facts. */
export interface BaseImageVariant {
  /** Id inside the family (`full`, `slim`, `alpine`, `jre`…). */
  id: string;
  kind: VariantKind;
  /**
   * Repository glob (`*` = any run of characters except `/`) this variant lives in, when the
   * family spans several repositories (`dotnet/sdk` vs `dotnet/aspnet`). When building a
   * reference, `*` is replaced by what it matched in the current name (`ubi9/ubi` gives `ubi9/ubi-minimal`).
   */
  repo?: string;
  /** Regexes (whole token) that must each match a tag token for the tag to be this variant. */
  markers?: string[];
  /** How to write a tag of this variant: `{v}` version, `{f}` flavour tokens, `{d}` distro. */
  tag: string;
  size: ImageSize;
  /** Overrides the family's role (a JRE variant of a JDK family is a runtime). */
  role?: ImageRole;
  /** Overrides the family's distribution (`alpine` for an -alpine variant). */
  os?: string | null;
  /** Overrides the family's shell. */
  shell?: ImageShell;
  /** Overrides the family's package manager. */
  packageManager?: OsPackageManager;
  /** Overrides the family's default user. */
  user?: ImageUser;
  /** Smaller variants of this family to recommend, best first (a toolchain lists its runtime). */
  smaller?: string[];
}

/** Where a family's images live. */
export interface RepoPattern {
  /** Registry host, lower case; `null` = Docker Hub. */
  registry: string | null;
  /** Repository glob (`*` = any run of characters except `/`), `library/` already removed. */
  name: string;
}

/** A family of base images (one product, possibly several repositories). */
export interface BaseImageFamily {
  /** Stable id (`python`, `distroless-static`). */
  id: string;
  repos: RepoPattern[];
  ecosystem: ImageEcosystem;
  role: ImageRole;
  /** Distribution underneath (`debian`, `alpine`, `ubuntu`, `wolfi`, `windows`…), null for none. */
  os: string | null;
  shell: ImageShell;
  packageManager: OsPackageManager;
  /** Default user (variants may override). */
  user: ImageUser;
  /** Non-digit words that stand for a version in this family's tags (`lts`, `bookworm` for debian). */
  versionWords?: string[];
  /** Tag words that name the default variant without being a marker (`jdk`); dropped when rebuilding a tag. */
  variantWords?: string[];
  /** Variants, most specific first; the last one without markers/repo is the default. */
  variants: BaseImageVariant[];
  /** For toolchains: images to run the build output on (multi-stage, P15). */
  runtimeImages?: string[];
  /** A caveat worth showing (deprecated image, musl…). */
  note?: string;
}

/** What `baseImageInfo` says about one reference. */
export interface BaseImageInfo {
  family: BaseImageFamily;
  variant: BaseImageVariant;
  role: ImageRole;
  ecosystem: ImageEcosystem;
  os: string | null;
  shell: ImageShell;
  packageManager: OsPackageManager;
  user: ImageUser;
  size: ImageSize;
  /** The version read from the tag (`3.12`, `bookworm`), null for `latest` or no tag. */
  version: string | null;
  /** The first recommended smaller variant, as a reference, with the estimate saved on disk. */
  smaller: { variant: BaseImageVariant; image: string; savedMb: number } | null;
}

/** Debian releases with current official images, newest first (`debian:bookworm`, `node:22-bookworm`). */
export const DEBIAN_RELEASES = ['trixie', 'bookworm', 'bullseye', 'buster'] as const;

/** Ubuntu releases with current official images, newest first. */
export const UBUNTU_RELEASES = ['noble', 'jammy', 'focal'] as const;

/** Distribution codenames that appear in tags of language images. */
export const DISTRO_CODENAMES = [
  ...DEBIAN_RELEASES,
  'stretch',
  ...UBUNTU_RELEASES,
  'bionic',
  'ubi9',
  'ubi8',
] as const;

const HUB_2025 =
  'approximate: Docker Hub tag page (linux/amd64, compressed) and `docker image ls` (uncompressed), recent tags, 2024–2025; not verified';
const MCR_2025 =
  'approximate: Microsoft Artifact Registry / docker image ls, linux/amd64, 2024–2025; not verified';
const GCR_2025 =
  'approximate: GoogleContainerTools/distroless README and `docker image ls`, linux/amd64, 2024–2025; not verified';
const CGR_2025 = 'approximate: Chainguard Images directory, linux/amd64, 2024–2025; not verified';
const RH_2025 =
  'approximate: Red Hat Ecosystem Catalog / `docker image ls`, linux/amd64, 2024–2025; not verified';
const MS_WIN =
  'approximate: Microsoft Artifact Registry, Windows Server 2022 (ltsc2022), 2024–2025; not verified';

const size = (compressedMb: number, uncompressedMb: number, source = HUB_2025): ImageSize => ({
  compressedMb,
  uncompressedMb,
  source,
});
const ROOT: ImageUser = { name: 'root', uid: 0 };
const NONROOT: ImageUser = { name: 'nonroot', uid: 65532 };
const ALPINE = 'alpine[0-9.]*';
const DEBIAN_WORDS = ['stable', 'testing', 'unstable', 'sid', 'oldstable', ...DEBIAN_RELEASES];
const NGINX_WORDS = ['mainline', 'stable'];

/** The variants distroless images share: `debug` adds a busybox shell, `nonroot` uid 65532. */
const distrolessVariants = (full: ImageSize, debug: ImageSize): BaseImageVariant[] => [
  {
    id: 'debug-nonroot',
    kind: 'distroless',
    markers: ['debug', 'nonroot'],
    tag: '{v}-debug-nonroot',
    size: debug,
    shell: 'busybox',
    user: NONROOT,
  },
  { id: 'debug', kind: 'distroless', markers: ['debug'], tag: '{v}-debug', size: debug, shell: 'busybox' },
  { id: 'nonroot', kind: 'distroless', markers: ['nonroot'], tag: '{v}-nonroot', size: full, user: NONROOT },
  { id: 'default', kind: 'distroless', tag: '{v}', size: full },
];

/** Chainguard images: `latest` has no shell, `latest-dev` adds a shell and apk. */
const chainguardVariants = (full: ImageSize, dev: ImageSize): BaseImageVariant[] => [
  {
    id: 'dev',
    kind: 'distroless',
    markers: ['dev'],
    tag: '{v}-dev',
    size: dev,
    shell: 'sh',
    packageManager: 'apk',
  },
  { id: 'default', kind: 'distroless', tag: '{v}', size: full },
];

/** The table. Families are tried in order; put specific repositories before globs. */
export const BASE_IMAGES: readonly BaseImageFamily[] = [
  {
    id: 'scratch',
    repos: [{ registry: null, name: 'scratch' }],
    ecosystem: 'none',
    role: 'empty',
    os: null,
    shell: null,
    packageManager: null,
    user: ROOT,
    variants: [{ id: 'empty', kind: 'empty', tag: '{v}', size: size(0, 0, 'exact: scratch has no layers') }],
  },
  {
    id: 'debian',
    repos: [{ registry: null, name: 'debian' }],
    ecosystem: 'os',
    role: 'os',
    os: 'debian',
    shell: 'bash',
    packageManager: 'apt',
    user: ROOT,
    versionWords: DEBIAN_WORDS,
    variants: [
      { id: 'slim', kind: 'slim', markers: ['slim'], tag: '{v}-slim', size: size(28, 74) },
      { id: 'full', kind: 'full', tag: '{v}', size: size(48, 117), smaller: ['slim'] },
    ],
  },
  {
    id: 'ubuntu',
    repos: [{ registry: null, name: 'ubuntu' }],
    ecosystem: 'os',
    role: 'os',
    os: 'ubuntu',
    shell: 'bash',
    packageManager: 'apt',
    user: ROOT,
    versionWords: [...UBUNTU_RELEASES, 'rolling', 'devel'],
    variants: [{ id: 'full', kind: 'full', tag: '{v}', size: size(29, 78) }],
  },
  {
    id: 'alpine',
    repos: [{ registry: null, name: 'alpine' }],
    ecosystem: 'os',
    role: 'os',
    os: 'alpine',
    shell: 'busybox',
    packageManager: 'apk',
    user: ROOT,
    versionWords: ['edge'],
    variants: [{ id: 'alpine', kind: 'alpine', tag: '{v}', size: size(3.6, 7.8) }],
  },
  {
    id: 'busybox',
    repos: [{ registry: null, name: 'busybox' }],
    ecosystem: 'os',
    role: 'os',
    os: null,
    shell: 'busybox',
    packageManager: null,
    user: ROOT,
    variants: [{ id: 'busybox', kind: 'minimal', tag: '{v}-{f}', size: size(2.2, 4.3) }],
  },
  {
    id: 'buildpack-deps',
    repos: [{ registry: null, name: 'buildpack-deps' }],
    ecosystem: 'os',
    role: 'toolchain',
    os: 'debian',
    shell: 'bash',
    packageManager: 'apt',
    user: ROOT,
    versionWords: [...DEBIAN_WORDS, ...UBUNTU_RELEASES],
    variants: [
      { id: 'curl', kind: 'slim', markers: ['curl'], tag: '{v}-curl', size: size(50, 135), role: 'os' },
      { id: 'scm', kind: 'full', markers: ['scm'], tag: '{v}-scm', size: size(95, 260), role: 'os' },
      { id: 'full', kind: 'full', tag: '{v}', size: size(330, 950), smaller: ['curl'] },
    ],
    runtimeImages: ['debian:12-slim'],
    note: 'The full tag carries gcc, make and -dev headers: a build image.',
  },
  {
    id: 'python',
    repos: [{ registry: null, name: 'python' }],
    ecosystem: 'python',
    role: 'runtime',
    os: 'debian',
    shell: 'bash',
    packageManager: 'apt',
    user: ROOT,
    variants: [
      {
        id: 'windows',
        kind: 'windows',
        markers: ['windowsservercore|nanoserver'],
        tag: '{v}-{f}',
        size: size(2300, 5500, MS_WIN),
        os: 'windows',
        shell: 'powershell',
        packageManager: null,
        user: { name: 'ContainerAdministrator', uid: null },
      },
      {
        id: 'alpine',
        kind: 'alpine',
        markers: [ALPINE],
        tag: '{v}-alpine',
        size: size(18, 52),
        shell: 'busybox',
        packageManager: 'apk',
      },
      { id: 'slim', kind: 'slim', markers: ['slim'], tag: '{v}-slim-{d}', size: size(45, 130) },
      { id: 'full', kind: 'full', tag: '{v}-{d}', size: size(375, 1020), smaller: ['slim', 'alpine'] },
    ],
    note: 'Alpine uses musl: wheels without a musllinux build compile from source; -slim is the safer small choice (P14).',
  },
  {
    id: 'node',
    repos: [{ registry: null, name: 'node' }],
    ecosystem: 'node',
    role: 'runtime',
    os: 'debian',
    shell: 'bash',
    packageManager: 'apt',
    user: ROOT,
    versionWords: ['lts', 'current', 'hydrogen', 'iron', 'jod'],
    variants: [
      {
        id: 'alpine',
        kind: 'alpine',
        markers: [ALPINE],
        tag: '{v}-alpine',
        size: size(45, 135),
        shell: 'busybox',
        packageManager: 'apk',
      },
      { id: 'slim', kind: 'slim', markers: ['slim'], tag: '{v}-{d}-slim', size: size(70, 200) },
      { id: 'full', kind: 'full', tag: '{v}-{d}', size: size(390, 1100), smaller: ['slim', 'alpine'] },
    ],
    note: 'The image also ships a `node` user (uid 1000): `USER node` runs as non-root.',
  },
  {
    id: 'golang',
    repos: [{ registry: null, name: 'golang' }],
    ecosystem: 'go',
    role: 'toolchain',
    os: 'debian',
    shell: 'bash',
    packageManager: 'apt',
    user: ROOT,
    variants: [
      {
        id: 'alpine',
        kind: 'alpine',
        markers: [ALPINE],
        tag: '{v}-alpine',
        size: size(75, 230),
        shell: 'busybox',
        packageManager: 'apk',
      },
      { id: 'full', kind: 'full', tag: '{v}-{d}', size: size(290, 830), smaller: ['alpine'] },
    ],
    runtimeImages: ['gcr.io/distroless/static-debian12:nonroot', 'scratch'],
  },
  {
    id: 'eclipse-temurin',
    repos: [{ registry: null, name: 'eclipse-temurin' }],
    ecosystem: 'java',
    role: 'toolchain',
    os: 'ubuntu',
    shell: 'bash',
    packageManager: 'apt',
    user: ROOT,
    variants: [
      {
        id: 'jre-alpine',
        kind: 'alpine',
        markers: ['jre', ALPINE],
        tag: '{v}-jre-alpine',
        size: size(60, 180),
        role: 'runtime',
        shell: 'busybox',
        packageManager: 'apk',
      },
      { id: 'jre', kind: 'slim', markers: ['jre'], tag: '{v}-jre-{d}', size: size(90, 265), role: 'runtime' },
      {
        id: 'jdk-alpine',
        kind: 'alpine',
        markers: [ALPINE],
        tag: '{v}-jdk-alpine',
        size: size(160, 350),
        shell: 'busybox',
        packageManager: 'apk',
        smaller: ['jre-alpine'],
      },
      { id: 'jdk', kind: 'full', tag: '{v}-jdk-{d}', size: size(195, 460), smaller: ['jre'] },
    ],
    variantWords: ['jdk'],
    runtimeImages: ['eclipse-temurin:21-jre', 'gcr.io/distroless/java21-debian12:nonroot'],
  },
  {
    id: 'openjdk',
    repos: [{ registry: null, name: 'openjdk' }],
    ecosystem: 'java',
    role: 'toolchain',
    os: 'oraclelinux',
    shell: 'bash',
    packageManager: 'microdnf',
    user: ROOT,
    variants: [
      {
        id: 'jre',
        kind: 'slim',
        markers: ['jre'],
        tag: '{v}-jre-slim',
        size: size(75, 220),
        role: 'runtime',
        packageManager: 'apt',
      },
      {
        id: 'slim',
        kind: 'slim',
        markers: ['slim'],
        tag: '{v}-slim',
        size: size(200, 420),
        packageManager: 'apt',
      },
      { id: 'full', kind: 'full', tag: '{v}', size: size(230, 470) },
    ],
    variantWords: ['jdk'],
    runtimeImages: ['eclipse-temurin:21-jre', 'gcr.io/distroless/java21-debian12:nonroot'],
    note: 'The openjdk image is deprecated (no updates since 2022); use eclipse-temurin or another maintained JDK.',
  },
  {
    id: 'maven',
    repos: [{ registry: null, name: 'maven' }],
    ecosystem: 'java',
    role: 'toolchain',
    os: 'ubuntu',
    shell: 'bash',
    packageManager: 'apt',
    user: ROOT,
    variants: [
      {
        id: 'alpine',
        kind: 'alpine',
        markers: [ALPINE],
        tag: '{v}-{f}-alpine',
        size: size(170, 380),
        shell: 'busybox',
        packageManager: 'apk',
      },
      { id: 'full', kind: 'full', tag: '{v}-{f}', size: size(210, 520) },
    ],
    runtimeImages: ['eclipse-temurin:21-jre', 'gcr.io/distroless/java21-debian12:nonroot'],
  },
  {
    id: 'gradle',
    repos: [{ registry: null, name: 'gradle' }],
    ecosystem: 'java',
    role: 'toolchain',
    os: 'ubuntu',
    shell: 'bash',
    packageManager: 'apt',
    user: ROOT,
    variants: [
      {
        id: 'alpine',
        kind: 'alpine',
        markers: [ALPINE],
        tag: '{v}-{f}-alpine',
        size: size(200, 480),
        shell: 'busybox',
        packageManager: 'apk',
      },
      { id: 'full', kind: 'full', tag: '{v}-{f}', size: size(280, 700) },
    ],
    runtimeImages: ['eclipse-temurin:21-jre', 'gcr.io/distroless/java21-debian12:nonroot'],
  },
  {
    id: 'rust',
    repos: [{ registry: null, name: 'rust' }],
    ecosystem: 'rust',
    role: 'toolchain',
    os: 'debian',
    shell: 'bash',
    packageManager: 'apt',
    user: ROOT,
    variants: [
      {
        id: 'alpine',
        kind: 'alpine',
        markers: [ALPINE],
        tag: '{v}-alpine',
        size: size(290, 850),
        shell: 'busybox',
        packageManager: 'apk',
      },
      { id: 'slim', kind: 'slim', markers: ['slim'], tag: '{v}-slim-{d}', size: size(270, 780) },
      { id: 'full', kind: 'full', tag: '{v}-{d}', size: size(520, 1500), smaller: ['slim'] },
    ],
    runtimeImages: ['gcr.io/distroless/cc-debian12:nonroot', 'debian:12-slim'],
  },
  {
    id: 'ruby',
    repos: [{ registry: null, name: 'ruby' }],
    ecosystem: 'ruby',
    role: 'runtime',
    os: 'debian',
    shell: 'bash',
    packageManager: 'apt',
    user: ROOT,
    variants: [
      {
        id: 'alpine',
        kind: 'alpine',
        markers: [ALPINE],
        tag: '{v}-alpine',
        size: size(35, 95),
        shell: 'busybox',
        packageManager: 'apk',
      },
      { id: 'slim', kind: 'slim', markers: ['slim'], tag: '{v}-slim-{d}', size: size(70, 210) },
      { id: 'full', kind: 'full', tag: '{v}-{d}', size: size(360, 1000), smaller: ['slim', 'alpine'] },
    ],
  },
  {
    id: 'php',
    repos: [{ registry: null, name: 'php' }],
    ecosystem: 'php',
    role: 'runtime',
    os: 'debian',
    shell: 'bash',
    packageManager: 'apt',
    user: ROOT,
    variants: [
      {
        id: 'alpine',
        kind: 'alpine',
        markers: [ALPINE],
        tag: '{v}-{f}-alpine',
        size: size(40, 110),
        shell: 'busybox',
        packageManager: 'apk',
      },
      { id: 'full', kind: 'full', tag: '{v}-{f}-{d}', size: size(170, 500), smaller: ['alpine'] },
    ],
    note: 'The fpm and apache flavours run their workers as www-data (uid 33 on Debian, 82 on Alpine).',
  },
  {
    id: 'composer',
    repos: [{ registry: null, name: 'composer' }],
    ecosystem: 'php',
    role: 'toolchain',
    os: 'alpine',
    shell: 'busybox',
    packageManager: 'apk',
    user: ROOT,
    variants: [{ id: 'alpine', kind: 'alpine', tag: '{v}', size: size(70, 200) }],
    runtimeImages: ['php:8.3-fpm-alpine'],
  },
  {
    id: 'dotnet',
    repos: [
      { registry: 'mcr.microsoft.com', name: 'dotnet/sdk' },
      { registry: 'mcr.microsoft.com', name: 'dotnet/aspnet' },
      { registry: 'mcr.microsoft.com', name: 'dotnet/runtime' },
      { registry: 'mcr.microsoft.com', name: 'dotnet/runtime-deps' },
    ],
    ecosystem: 'dotnet',
    role: 'runtime',
    os: 'debian',
    shell: 'bash',
    packageManager: 'apt',
    user: ROOT,
    variants: [
      {
        id: 'sdk-alpine',
        kind: 'alpine',
        repo: 'dotnet/sdk',
        markers: [ALPINE],
        tag: '{v}-alpine',
        size: size(200, 650, MCR_2025),
        role: 'toolchain',
        shell: 'busybox',
        packageManager: 'apk',
        smaller: ['aspnet-alpine'],
      },
      {
        id: 'sdk',
        kind: 'full',
        repo: 'dotnet/sdk',
        tag: '{v}-{d}',
        size: size(280, 850, MCR_2025),
        role: 'toolchain',
        smaller: ['aspnet'],
      },
      {
        id: 'aspnet-chiseled',
        kind: 'distroless',
        repo: 'dotnet/aspnet',
        markers: ['chiseled'],
        tag: '{v}-{d}-chiseled',
        size: size(45, 115, MCR_2025),
        shell: null,
        packageManager: null,
        user: { name: 'app', uid: 1654 },
      },
      {
        id: 'aspnet-alpine',
        kind: 'alpine',
        repo: 'dotnet/aspnet',
        markers: [ALPINE],
        tag: '{v}-alpine',
        size: size(45, 115, MCR_2025),
        shell: 'busybox',
        packageManager: 'apk',
      },
      {
        id: 'aspnet',
        kind: 'full',
        repo: 'dotnet/aspnet',
        tag: '{v}-{d}',
        size: size(90, 220, MCR_2025),
        smaller: ['aspnet-alpine'],
      },
      {
        id: 'runtime-alpine',
        kind: 'alpine',
        repo: 'dotnet/runtime',
        markers: [ALPINE],
        tag: '{v}-alpine',
        size: size(40, 100, MCR_2025),
        shell: 'busybox',
        packageManager: 'apk',
      },
      {
        id: 'runtime',
        kind: 'full',
        repo: 'dotnet/runtime',
        tag: '{v}-{d}',
        size: size(80, 195, MCR_2025),
        smaller: ['runtime-alpine'],
      },
      {
        id: 'runtime-deps',
        kind: 'slim',
        repo: 'dotnet/runtime-deps',
        tag: '{v}-{f}-{d}',
        size: size(45, 120, MCR_2025),
      },
    ],
    runtimeImages: ['mcr.microsoft.com/dotnet/aspnet:8.0', 'mcr.microsoft.com/dotnet/runtime:8.0'],
    note: 'Since .NET 8 the images carry an `app` user (uid 1654); only chiseled images run as it by default.',
  },
  ...(['nginx', 'nginxinc/nginx-unprivileged'] as const).map(
    (name): BaseImageFamily => ({
      id: name === 'nginx' ? 'nginx' : 'nginx-unprivileged',
      repos: [{ registry: null, name }],
      ecosystem: 'service',
      role: 'server',
      os: 'debian',
      shell: 'bash',
      packageManager: 'apt',
      // The official image starts as root and drops its workers to nginx (101); the unprivileged one never is root.
      user: name === 'nginx' ? ROOT : { name: 'nginx', uid: 101 },
      versionWords: NGINX_WORDS,
      variants: [
        {
          id: 'alpine-slim',
          kind: 'alpine',
          markers: [ALPINE, 'slim'],
          tag: '{v}-alpine-slim',
          size: size(5, 12),
          shell: 'busybox',
          packageManager: 'apk',
        },
        {
          id: 'alpine',
          kind: 'alpine',
          markers: [ALPINE],
          tag: '{v}-alpine',
          size: size(20, 50),
          shell: 'busybox',
          packageManager: 'apk',
        },
        { id: 'full', kind: 'full', tag: '{v}-{f}-{d}', size: size(70, 190), smaller: ['alpine'] },
      ],
    }),
  ),
  ...(
    [
      ['httpd', size(55, 150), size(22, 62)],
      ['redis', size(45, 120), size(17, 45)],
      ['postgres', size(150, 430), size(100, 250)],
    ] as const
  ).map(
    ([name, full, alpine]): BaseImageFamily => ({
      id: name,
      repos: [{ registry: null, name }],
      ecosystem: 'service',
      role: 'server',
      os: 'debian',
      shell: 'bash',
      packageManager: 'apt',
      user: ROOT,
      variants: [
        {
          id: 'alpine',
          kind: 'alpine',
          markers: [ALPINE],
          tag: '{v}-alpine',
          size: alpine,
          shell: 'busybox',
          packageManager: 'apk',
        },
        { id: 'full', kind: 'full', tag: '{v}-{d}', size: full, smaller: ['alpine'] },
      ],
    }),
  ),
  {
    id: 'centos',
    repos: [
      { registry: null, name: 'centos' },
      { registry: 'quay.io', name: 'centos/centos' },
    ],
    ecosystem: 'os',
    role: 'os',
    os: 'centos',
    shell: 'bash',
    packageManager: 'yum',
    user: ROOT,
    versionWords: ['stream8', 'stream9', 'stream10'],
    variants: [{ id: 'full', kind: 'full', tag: '{v}', size: size(75, 205) }],
    note: 'CentOS Linux 7/8 are end-of-life; docker.io/centos gets no updates. Use CentOS Stream, Rocky Linux or AlmaLinux.',
  },
  {
    id: 'fedora',
    repos: [
      { registry: null, name: 'fedora' },
      { registry: 'registry.fedoraproject.org', name: 'fedora' },
      { registry: 'registry.fedoraproject.org', name: 'fedora-minimal' },
    ],
    ecosystem: 'os',
    role: 'os',
    os: 'fedora',
    shell: 'bash',
    packageManager: 'dnf',
    user: ROOT,
    versionWords: ['rawhide'],
    variants: [
      {
        id: 'minimal',
        kind: 'minimal',
        repo: 'fedora-minimal',
        tag: '{v}',
        size: size(40, 110),
        packageManager: 'microdnf',
      },
      { id: 'full', kind: 'full', tag: '{v}', size: size(60, 180) },
    ],
  },
  ...(
    [
      ['rockylinux', ['rockylinux', 'rockylinux/rockylinux'], size(65, 175), size(40, 110)],
      ['almalinux', ['almalinux', 'almalinux/almalinux'], size(65, 190), size(35, 100)],
    ] as const
  ).map(
    ([id, names, full, minimal]): BaseImageFamily => ({
      id,
      repos: [
        ...names.map((name) => ({ registry: null, name })),
        { registry: 'quay.io', name: `${id}/${id}` },
      ],
      ecosystem: 'os',
      role: 'os',
      os: id,
      shell: 'bash',
      packageManager: 'dnf',
      user: ROOT,
      variants: [
        {
          id: 'minimal',
          kind: 'minimal',
          markers: ['minimal'],
          tag: '{v}-minimal',
          size: minimal,
          packageManager: 'microdnf',
        },
        { id: 'full', kind: 'full', tag: '{v}', size: full, smaller: ['minimal'] },
      ],
    }),
  ),
  {
    id: 'amazonlinux',
    repos: [
      { registry: null, name: 'amazonlinux' },
      { registry: 'public.ecr.aws', name: 'amazonlinux/amazonlinux' },
    ],
    ecosystem: 'os',
    role: 'os',
    os: 'amazonlinux',
    shell: 'bash',
    packageManager: 'dnf',
    user: ROOT,
    variants: [
      // Amazon Linux 2 still uses yum; 2023 uses dnf.
      {
        id: 'al2',
        kind: 'full',
        markers: ['2(\\.[0-9.]+)?'],
        tag: '{v}',
        size: size(60, 165),
        packageManager: 'yum',
      },
      { id: 'full', kind: 'full', tag: '{v}', size: size(50, 145) },
    ],
  },
  {
    id: 'ubi',
    repos: [
      ...['registry.access.redhat.com', 'registry.redhat.io'].flatMap((registry) =>
        ['ubi*', 'ubi*/ubi', 'ubi*/ubi-minimal', 'ubi*/ubi-micro', 'ubi*/ubi-init'].map((name) => ({
          registry,
          name,
        })),
      ),
    ],
    ecosystem: 'os',
    role: 'os',
    os: 'rhel',
    shell: 'bash',
    packageManager: 'dnf',
    user: ROOT,
    variants: [
      {
        id: 'minimal',
        kind: 'minimal',
        repo: 'ubi*/ubi-minimal',
        tag: '{v}',
        size: size(38, 100, RH_2025),
        packageManager: 'microdnf',
      },
      {
        id: 'micro',
        kind: 'minimal',
        repo: 'ubi*/ubi-micro',
        tag: '{v}',
        size: size(10, 27, RH_2025),
        packageManager: null,
      },
      { id: 'full', kind: 'full', tag: '{v}', size: size(80, 215, RH_2025), smaller: ['minimal'] },
    ],
  },
  {
    id: 'distroless-static',
    repos: [{ registry: 'gcr.io', name: 'distroless/static*' }],
    ecosystem: 'static',
    role: 'runtime',
    os: 'debian',
    shell: null,
    packageManager: null,
    user: ROOT,
    variants: distrolessVariants(size(1, 2, GCR_2025), size(3, 7, GCR_2025)),
  },
  {
    id: 'distroless-base',
    repos: [
      { registry: 'gcr.io', name: 'distroless/base*' },
      { registry: 'gcr.io', name: 'distroless/cc*' },
    ],
    ecosystem: 'static',
    role: 'runtime',
    os: 'debian',
    shell: null,
    packageManager: null,
    user: ROOT,
    variants: distrolessVariants(size(9, 22, GCR_2025), size(11, 27, GCR_2025)),
  },
  {
    id: 'distroless-java',
    repos: [{ registry: 'gcr.io', name: 'distroless/java*' }],
    ecosystem: 'java',
    role: 'runtime',
    os: 'debian',
    shell: null,
    packageManager: null,
    user: ROOT,
    variants: distrolessVariants(size(80, 225, GCR_2025), size(82, 230, GCR_2025)),
  },
  {
    id: 'distroless-python',
    repos: [{ registry: 'gcr.io', name: 'distroless/python3*' }],
    ecosystem: 'python',
    role: 'runtime',
    os: 'debian',
    shell: null,
    packageManager: null,
    user: ROOT,
    variants: distrolessVariants(size(20, 55, GCR_2025), size(22, 60, GCR_2025)),
  },
  {
    id: 'distroless-nodejs',
    repos: [{ registry: 'gcr.io', name: 'distroless/nodejs*' }],
    ecosystem: 'node',
    role: 'runtime',
    os: 'debian',
    shell: null,
    packageManager: null,
    user: ROOT,
    variants: distrolessVariants(size(50, 160, GCR_2025), size(52, 165, GCR_2025)),
  },
  ...(
    [
      ['static', 'static', 'runtime', size(1, 2, CGR_2025)],
      ['python', 'python', 'runtime', size(25, 70, CGR_2025)],
      ['node', 'node', 'runtime', size(40, 130, CGR_2025)],
      ['go', 'go', 'toolchain', size(150, 550, CGR_2025)],
      ['jdk', 'java', 'toolchain', size(120, 330, CGR_2025)],
      ['jre', 'java', 'runtime', size(70, 200, CGR_2025)],
      ['*', 'none', 'runtime', size(20, 60, CGR_2025)],
    ] as const
  ).map(
    ([name, ecosystem, role, full]): BaseImageFamily => ({
      id: name === '*' ? 'chainguard' : `chainguard-${name}`,
      repos: [{ registry: 'cgr.dev', name: `chainguard/${name}` }],
      ecosystem,
      role,
      os: 'wolfi',
      shell: null,
      packageManager: null,
      user: NONROOT,
      variants: chainguardVariants(full, size(full.compressedMb + 15, full.uncompressedMb + 40, CGR_2025)),
    }),
  ),
  {
    id: 'windows-servercore',
    repos: [
      { registry: 'mcr.microsoft.com', name: 'windows/servercore' },
      { registry: 'mcr.microsoft.com', name: 'windows/server' },
      { registry: 'mcr.microsoft.com', name: 'windows' },
    ],
    ecosystem: 'os',
    role: 'os',
    os: 'windows',
    shell: 'powershell',
    packageManager: null,
    user: { name: 'ContainerAdministrator', uid: null },
    variants: [{ id: 'full', kind: 'windows', tag: '{v}', size: size(2300, 5500, MS_WIN) }],
  },
  {
    id: 'windows-nanoserver',
    repos: [{ registry: 'mcr.microsoft.com', name: 'windows/nanoserver' }],
    ecosystem: 'os',
    role: 'os',
    os: 'windows',
    shell: 'cmd',
    packageManager: null,
    user: { name: 'ContainerUser', uid: null },
    variants: [{ id: 'nano', kind: 'windows', tag: '{v}', size: size(120, 300, MS_WIN) }],
  },
];

/* ------------------------------------------------------------------------------------------ */

const globCache = new Map<string, RegExp>();
/** `*` = any run of characters except `/`; the star's text is captured. */
function glob(pattern: string): RegExp {
  let re = globCache.get(pattern);
  if (!re) {
    const body = pattern
      .split('*')
      .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('([^/]*)');
    re = new RegExp(`^${body}$`);
    globCache.set(pattern, re);
  }
  return re;
}

const tokenCache = new Map<string, RegExp>();
function tokenRe(source: string): RegExp {
  let re = tokenCache.get(source);
  if (!re) {
    re = new RegExp(`^(?:${source})$`);
    tokenCache.set(source, re);
  }
  return re;
}

/** The family whose repositories match `registry`/`name` (both compared in lower case). */
export function baseImageFamily(registry: string | null, name: string): BaseImageFamily | null {
  const reg = registry?.toLowerCase() ?? null;
  const n = name.toLowerCase();
  const byRegistry = familyIndex().get(reg);
  if (!byRegistry) return null;
  // The first family in BASE_IMAGES' order whose pattern matches, as a scan of the list would find.
  let best = byRegistry.exact.get(n) ?? Number.POSITIVE_INFINITY;
  for (const g of byRegistry.globs) {
    if (g.family >= best) break;
    if (g.re.test(n)) best = g.family;
  }
  return BASE_IMAGES[best] ?? null;
}

/**
 * BASE_IMAGES' repository patterns by registry, built on first use: names without `*` in a map
 * (the first family naming one wins), the others in the list's order. A linear scan of every
 * family's patterns was about 1 % of a warm pass over the corpus.
 */
type FamilyIndex = Map<
  string | null,
  { exact: Map<string, number>; globs: { family: number; re: RegExp }[] }
>;
let FAMILY_INDEX: FamilyIndex | null = null;

function familyIndex(): FamilyIndex {
  if (FAMILY_INDEX) return FAMILY_INDEX;
  const index: FamilyIndex = new Map();
  BASE_IMAGES.forEach((f, family) => {
    for (const r of f.repos) {
      let entry = index.get(r.registry);
      if (!entry) {
        entry = { exact: new Map(), globs: [] };
        index.set(r.registry, entry);
      }
      if (!r.name.includes('*')) {
        if (!entry.exact.has(r.name)) entry.exact.set(r.name, family);
      } else entry.globs.push({ family, re: glob(r.name) });
    }
  });
  FAMILY_INDEX = index;
  return index;
}

interface TagParts {
  version: string | null;
  distro: string | null;
  flavour: string[];
  tokens: string[];
}

function readTag(family: BaseImageFamily, tag: string | null): TagParts {
  const t = (tag ?? 'latest').toLowerCase();
  const tokens = t === 'latest' ? [] : t.split('-').filter(Boolean);
  const words = family.versionWords ?? [];
  let version: string | null = null;
  let rest = tokens;
  // `latest-dev` (Chainguard) has no version either.
  if (tokens[0] === 'latest') rest = tokens.slice(1);
  else if (tokens[0] && (/^v?\d/.test(tokens[0]) || words.includes(tokens[0]))) {
    version = tokens[0];
    rest = tokens.slice(1);
  }
  const markers = markersOf(family);
  let distro: string | null = null;
  const flavour: string[] = [];
  for (const tok of rest) {
    if ((DISTRO_CODENAMES as readonly string[]).includes(tok) && !words.includes(tok)) distro ??= tok;
    else if (!markers.some((m) => m.test(tok)) && !family.variantWords?.includes(tok)) flavour.push(tok);
  }
  return { version, distro, flavour, tokens };
}

/** A family's variant markers, each once, as patterns (read for every tag of the family). */
const MARKERS = new WeakMap<BaseImageFamily, RegExp[]>();
function markersOf(family: BaseImageFamily): RegExp[] {
  let list = MARKERS.get(family);
  if (!list) {
    list = [...new Set(family.variants.flatMap((v) => v.markers ?? []))].map(tokenRe);
    MARKERS.set(family, list);
  }
  return list;
}

function variantMatches(v: BaseImageVariant, name: string, tokens: string[]): boolean {
  if (v.repo && !glob(v.repo).test(name)) return false;
  return (v.markers ?? []).every((m) => tokens.some((tok) => tokenRe(m).test(tok)));
}

function renderTag(template: string, parts: TagParts): string {
  const text = template
    .replace('{v}', parts.version ?? '')
    .replace('{f}', parts.flavour.join('-'))
    .replace('{d}', parts.distro ?? '');
  return text.split('-').filter(Boolean).join('-') || 'latest';
}

function renderRepo(current: string, target: BaseImageVariant | undefined, family: BaseImageFamily): string {
  if (!target?.repo) return current;
  if (!target.repo.includes('*')) return target.repo;
  // Reuse what the star matched in the current name (`ubi9/ubi` → `ubi9/ubi-minimal`).
  const star = family.repos.map((r) => glob(r.name).exec(current)?.[1]).find((s) => s !== undefined);
  return target.repo.replace('*', star ?? '');
}

/** Writes a reference back, leaving Docker Hub's registry implicit. */
function formatRef(registry: string | null, name: string, tag: string): string {
  return `${registry ? `${registry}/` : ''}${name}:${tag}`;
}

/**
 * Facts about the image a FROM names: family, variant, role, shell, package manager, user,
 * approximate size and the smaller variant to recommend. `null` for images the table does not
 * know, for references with unresolved variables and for stage references.
 */
export function baseImageInfo(
  ref: Pick<ImageRef, 'registry' | 'name' | 'tag'> & { stage?: number | null },
): BaseImageInfo | null {
  if (ref.stage !== undefined && ref.stage !== null) return null;
  if (!ref.name || ref.name.includes('$') || ref.tag?.includes('$') || ref.registry?.includes('$'))
    return null;
  const family = baseImageFamily(ref.registry, ref.name);
  if (!family) return null;
  const name = ref.name.toLowerCase();
  const parts = readTag(family, ref.tag);
  const variant =
    family.variants.find((v) => variantMatches(v, name, parts.tokens)) ??
    family.variants[family.variants.length - 1]!;
  let smaller: BaseImageInfo['smaller'] = null;
  const target = family.variants.find((v) => v.id === variant.smaller?.[0]);
  if (target) {
    const repo = renderRepo(name, target, family);
    smaller = {
      variant: target,
      image: formatRef(ref.registry?.toLowerCase() ?? null, repo, renderTag(target.tag, parts)),
      savedMb: Math.max(0, Math.round(variant.size.uncompressedMb - target.size.uncompressedMb)),
    };
  }
  return {
    family,
    variant,
    role: variant.role ?? family.role,
    ecosystem: family.ecosystem,
    // An apk variant of a Debian-based family runs on Alpine.
    os:
      variant.os !== undefined
        ? variant.os
        : variant.packageManager === 'apk' && family.os !== 'wolfi'
          ? 'alpine'
          : family.os,
    shell: variant.shell !== undefined ? variant.shell : family.shell,
    packageManager: variant.packageManager !== undefined ? variant.packageManager : family.packageManager,
    user: variant.user ?? family.user,
    size: variant.size,
    version: parts.version,
    smaller,
  };
}
