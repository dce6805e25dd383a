/**
 * OS packages needed only to build or install dependencies, never to run them: dropped from the
 * runtime stage's package installs. Anything not listed is kept (the runtime may need it).
 */
export const BUILD_ONLY_PACKAGES = new Set([
  // compilers and build tools
  'build-essential',
  'gcc',
  'g++',
  'make',
  'cmake',
  'autoconf',
  'automake',
  'libtool',
  'pkg-config',
  'pkgconf',
  'musl-dev',
  'libc-dev',
  'libc6-dev',
  'linux-headers',
  'build-base',
  'clang',
  'git',
  // Python packaging tools (the virtualenv brings its own pip)
  'py3-pip',
  'python3-pip',
  'python3-dev',
  'python3-venv',
  'python3-setuptools',
  'python3-wheel',
  'py3-setuptools',
  'py3-wheel',
  // header packages commonly installed to compile wheels
  'libffi-dev',
  'libssl-dev',
  'openssl-dev',
  'libpq-dev',
  'postgresql-dev',
  'libxml2-dev',
  'libxslt-dev',
  'libxslt1-dev',
  'zlib1g-dev',
  'zlib-dev',
  'libjpeg-dev',
  'jpeg-dev',
  'cargo',
  'rust',
]);

/** A package argument without its version pin (`curl=8.1*` → `curl`). */
export function packageName(arg: string): string {
  return arg.replace(/[=<>~][\s\S]*$/, '');
}
