/**
 * Image tags the rewriter writes on its own (a pinned tag for `latest`, a runtime image for a
 * build stage). Each was listed on the image's registry page when checked; a new tag is added
 * here, with the date, or the rewriter says it could not choose one. Tags derived from the
 * image being rewritten (its slim variant) follow the naming templates in base-images.ts.
 *
 * Sources: the Docker Hub pages of the official images (python, node, ruby, golang, rust,
 * eclipse-temurin, maven, gradle, nginx, httpd, redis, postgres, mysql, busybox, debian, ubuntu,
 * alpine, fedora, rockylinux, almalinux, amazonlinux, composer), nginxinc/nginx-unprivileged,
 * the Microsoft Artifact Registry pages of dotnet/sdk, aspnet and runtime, and the distroless
 * README (gcr.io/distroless).
 */
/** When the tags below were last reviewed against those pages. */
export const TAGS_CHECKED = '2026-12-02';

/**
 * A concrete, supported tag per well-known image for replacing `latest` or a missing tag. The tag
 * keeps the variant `latest` names (`debian` → `debian:12`, not `12-slim`). Images with no
 * supported tag (Docker Hub's `centos` stopped at CentOS 8, end of life 2021) are left out: the
 * change would not know what to choose.
 */
export const PINNED_TAGS: Readonly<Record<string, string>> = {
  alpine: '3.21',
  debian: '12',
  ubuntu: '24.04',
  python: '3.13',
  node: '22',
  golang: '1.24',
  rust: '1.85',
  ruby: '3.4',
  php: '8.3',
  'eclipse-temurin': '21',
  maven: '3.9-eclipse-temurin-21',
  gradle: '8.12-jdk21',
  nginx: '1.27',
  httpd: '2.4',
  redis: '7.4',
  postgres: '17',
  mysql: '8.4',
  busybox: '1.37',
  fedora: '41',
  rockylinux: '9',
  almalinux: '9',
  amazonlinux: '2023',
  composer: '2',
  'mcr.microsoft.com/dotnet/sdk': '8.0',
  'mcr.microsoft.com/dotnet/aspnet': '8.0',
  'mcr.microsoft.com/dotnet/runtime': '8.0',
};

/** Why a well-known image gets no pinned tag, for the note that says so. */
export const UNPINNABLE: Readonly<Record<string, { en: string; ko: string }>> = {
  centos: {
    en: 'Docker Hub’s centos image has no supported tag (CentOS Linux reached end of life; CentOS Stream is published as quay.io/centos/centos:stream9): choose a maintained base such as rockylinux:9 or almalinux:9 yourself.',
    ko: 'Docker Hub의 centos 이미지에는 지원되는 태그가 없습니다(CentOS Linux 지원 종료, CentOS Stream은 quay.io/centos/centos:stream9로 배포). rockylinux:9나 almalinux:9 같은 관리되는 베이스를 직접 고르세요.',
  },
  openjdk: {
    en: 'The openjdk image is deprecated and its last tags are early-access builds: move to eclipse-temurin (for example eclipse-temurin:21) yourself.',
    ko: 'openjdk 이미지는 더 이상 관리되지 않고 마지막 태그는 얼리 액세스 빌드입니다. eclipse-temurin(예: eclipse-temurin:21)으로 직접 옮기세요.',
  },
};

/** Java majors that eclipse-temurin publishes `<major>-jre` images for. */
export const TEMURIN_JRE_MAJORS: readonly string[] = ['8', '11', '17', '21', '25'];

/** Runtime images the rewriter writes whole, as it writes them. */
export const RUNTIME_IMAGES = {
  goDistroless: 'gcr.io/distroless/base-debian12:nonroot',
  goStatic: 'gcr.io/distroless/static-debian12:nonroot',
  rustDebian: 'debian:bookworm-slim',
  /** glibc, libgcc, libstdc++ and OpenSSL 3 of Debian 12, no shell: a Rust binary built on bookworm or older. */
  rustDistroless: 'gcr.io/distroless/cc-debian12:nonroot',
  rustAlpine: 'alpine:3.20',
  staticNginx: 'nginxinc/nginx-unprivileged:1.27-alpine',
  composer: 'composer:2',
} as const;

/** The JRE image for a Java major, or null when eclipse-temurin publishes none. */
export function temurinJre(major: string): string | null {
  return TEMURIN_JRE_MAJORS.includes(major) ? `eclipse-temurin:${major}-jre` : null;
}

/**
 * The ASP.NET runtime tag for an SDK tag: the SDK's patch (feature band, `8.0.404`) is not a
 * runtime version (that is `8.0.11`), so only major.minor and the OS suffix carry over
 * (`8.0.404-alpine3.20` → `8.0-alpine3.20`). Null when the tag does not start with a version.
 */
export function aspnetTagForSdk(sdkTag: string | null): string | null {
  if (sdkTag === null || sdkTag === 'latest') return '8.0';
  const m = /^(\d+\.\d+)(?:\.\d+)?((?:-[a-z][\w.]*)*)$/.exec(sdkTag);
  return m ? `${m[1]}${m[2]}` : null;
}
