/**
 * A concrete, supported tag per well-known image, for replacing `latest` or a missing tag. Each
 * existed and was supported upstream when this table was written (2025, from the images' Docker Hub
 * pages and the projects' release calendars); a newer one may exist, which is why the change that
 * uses this table is always `review` and names the tag it chose.
 */
export const PINNED_TAGS: Readonly<Record<string, string>> = {
  alpine: '3.21',
  debian: '12-slim',
  ubuntu: '24.04',
  python: '3.13',
  node: '22',
  golang: '1.24',
  rust: '1.85',
  ruby: '3.4',
  php: '8.3',
  openjdk: '21-jdk-slim',
  'eclipse-temurin': '21',
  maven: '3.9-eclipse-temurin-21',
  gradle: '8.12-jdk21',
  nginx: '1.27',
  httpd: '2.4',
  redis: '7.4',
  postgres: '17',
  mysql: '8.4',
  busybox: '1.37',
  centos: 'stream9',
  fedora: '41',
  rockylinux: '9',
  almalinux: '9',
  amazonlinux: '2023',
  composer: '2',
  'mcr.microsoft.com/dotnet/sdk': '8.0',
  'mcr.microsoft.com/dotnet/aspnet': '8.0',
  'mcr.microsoft.com/dotnet/runtime': '8.0',
};
