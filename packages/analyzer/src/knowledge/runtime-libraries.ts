/**
 * The shared-library package a header (-dev) package builds against, per distribution: when a
 * build stage compiles against `libpq-dev`, the runtime stage needs `libpq5` or `import psycopg2`
 * fails. Package names from the distributions' package indexes (packages.debian.org for bookworm,
 * packages.ubuntu.com for jammy/noble, pkgs.alpinelinux.org for 3.19–3.21); reviewed 2026-12-02.
 * Where Ubuntu names a library differently from Debian the Ubuntu table says so; a header package
 * missing here has no known runtime package and the rewriter keeps it out of the runtime stage
 * only if the build-only table lists it.
 */
export type LibraryDistro = 'debian' | 'ubuntu' | 'alpine';

const DEBIAN: Readonly<Record<string, string>> = {
  'libpq-dev': 'libpq5',
  'default-libmysqlclient-dev': 'libmariadb3',
  'libmariadb-dev': 'libmariadb3',
  'libmariadb-dev-compat': 'libmariadb3',
  'libjpeg-dev': 'libjpeg62-turbo',
  'libjpeg62-turbo-dev': 'libjpeg62-turbo',
  'libxml2-dev': 'libxml2',
  'libxslt1-dev': 'libxslt1.1',
  'libxslt-dev': 'libxslt1.1',
  'libffi-dev': 'libffi8',
  'libssl-dev': 'libssl3',
  'zlib1g-dev': 'zlib1g',
  'libpng-dev': 'libpng16-16',
  'libfreetype6-dev': 'libfreetype6',
  'libfreetype-dev': 'libfreetype6',
  'libwebp-dev': 'libwebp7',
  'libtiff-dev': 'libtiff6',
  'libtiff5-dev': 'libtiff6',
  'liblcms2-dev': 'liblcms2-2',
  'libopenjp2-7-dev': 'libopenjp2-7',
  'libsqlite3-dev': 'libsqlite3-0',
  'libcurl4-openssl-dev': 'libcurl4',
  'libyaml-dev': 'libyaml-0-2',
  'libgeos-dev': 'libgeos-c1v5',
  'libsasl2-dev': 'libsasl2-2',
  'libldap2-dev': 'libldap-2.5-0',
  'libldap-dev': 'libldap-2.5-0',
  'libkrb5-dev': 'libkrb5-3',
  'libgmp-dev': 'libgmp10',
  'libbz2-dev': 'libbz2-1.0',
  'liblzma-dev': 'liblzma5',
  'libzstd-dev': 'libzstd1',
  'liblz4-dev': 'liblz4-1',
  'libsnappy-dev': 'libsnappy1v5',
  'libreadline-dev': 'libreadline8',
  'libmagic-dev': 'libmagic1',
  'libcairo2-dev': 'libcairo2',
  'libgirepository1.0-dev': 'libgirepository-1.0-1',
  'unixodbc-dev': 'unixodbc',
  'libmemcached-dev': 'libmemcached11',
  'libzip-dev': 'libzip4',
  'libonig-dev': 'libonig5',
  'libicu-dev': 'libicu72',
};

const UBUNTU: Readonly<Record<string, string>> = {
  ...DEBIAN,
  'default-libmysqlclient-dev': 'libmysqlclient21',
  'libmysqlclient-dev': 'libmysqlclient21',
  'libjpeg-dev': 'libjpeg-turbo8',
  'libjpeg-turbo8-dev': 'libjpeg-turbo8',
  'libtiff-dev': 'libtiff5',
  'libwebp-dev': 'libwebp7',
  'libldap2-dev': 'libldap-2.5-0',
  'libicu-dev': 'libicu70',
  'libmemcached-dev': 'libmemcached11',
  'libzip-dev': 'libzip4',
};

const ALPINE: Readonly<Record<string, string>> = {
  'postgresql-dev': 'libpq',
  'libpq-dev': 'libpq',
  'mariadb-dev': 'mariadb-connector-c',
  'mariadb-connector-c-dev': 'mariadb-connector-c',
  'jpeg-dev': 'libjpeg-turbo',
  'libjpeg-turbo-dev': 'libjpeg-turbo',
  'libxml2-dev': 'libxml2',
  'libxslt-dev': 'libxslt',
  'libffi-dev': 'libffi',
  'openssl-dev': 'libssl3',
  'zlib-dev': 'zlib',
  'libpng-dev': 'libpng',
  'freetype-dev': 'freetype',
  'libwebp-dev': 'libwebp',
  'tiff-dev': 'tiff',
  'lcms2-dev': 'lcms2',
  'openjpeg-dev': 'openjpeg',
  'sqlite-dev': 'sqlite-libs',
  'curl-dev': 'libcurl',
  'yaml-dev': 'yaml',
  'geos-dev': 'geos',
  'cyrus-sasl-dev': 'cyrus-sasl',
  'openldap-dev': 'libldap',
  'krb5-dev': 'krb5-libs',
  'gmp-dev': 'gmp',
  'bzip2-dev': 'libbz2',
  'xz-dev': 'xz-libs',
  'zstd-dev': 'zstd-libs',
  'lz4-dev': 'lz4-libs',
  'readline-dev': 'readline',
  'cairo-dev': 'cairo',
  'unixodbc-dev': 'unixodbc',
  'libmemcached-dev': 'libmemcached-libs',
  'libzip-dev': 'libzip',
  'oniguruma-dev': 'oniguruma',
  'icu-dev': 'icu-libs',
};

const BY_DISTRO: Readonly<Record<LibraryDistro, Readonly<Record<string, string>>>> = {
  debian: DEBIAN,
  ubuntu: UBUNTU,
  alpine: ALPINE,
};

/** The runtime library package for a header package on a distribution, or null when unknown. */
export function runtimeLibraryOf(devPackage: string, distro: LibraryDistro): string | null {
  return BY_DISTRO[distro][devPackage] ?? null;
}
