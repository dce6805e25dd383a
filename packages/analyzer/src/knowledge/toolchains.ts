/**
 * Where the official build images put what they build and install, and what their PATH is: how a
 * bare `CMD ["api"]` finds the binary `go install` or `cargo install` wrote. From the images'
 * Dockerfiles (docker-library/golang, rust-lang/docker-rust, the distroless README);
 * reviewed 2026-12-07.
 */
export const TOOLCHAINS_CHECKED = '2026-12-07';

/** The PATH of a Debian-based image that sets none of its own (and of distroless, and of slim images). */
export const DEFAULT_PATH: readonly string[] = [
  '/usr/local/sbin',
  '/usr/local/bin',
  '/usr/sbin',
  '/usr/bin',
  '/sbin',
  '/bin',
];

export interface Toolchain {
  /** The build images, by repository name. */
  images: RegExp;
  /** The image's PATH (its `ENV PATH`), first match first. */
  path: readonly string[];
  /** Where the toolchain's install command puts binaries (`go install` → $GOPATH/bin). */
  installBin: string;
}

export const TOOLCHAINS: Readonly<Record<'go' | 'rust', Toolchain>> = {
  go: {
    images: /^(library\/)?golang$/,
    path: ['/go/bin', '/usr/local/go/bin', ...DEFAULT_PATH],
    installBin: '/go/bin',
  },
  rust: {
    images: /^(library\/)?rust$/,
    path: ['/usr/local/cargo/bin', ...DEFAULT_PATH],
    installBin: '/usr/local/cargo/bin',
  },
};

/**
 * C and C++ compiler drivers whose `-o FILE` names the program they link: a build on a plain OS
 * image (`apt-get install gcc` then `gcc -o /usr/local/bin/hello hello.c`). `make` is not one:
 * its `-o` means "treat this file as old".
 */
export const NATIVE_COMPILERS: ReadonlySet<string> = new Set([
  'gcc',
  'cc',
  'g++',
  'c++',
  'clang',
  'clang++',
  'tcc',
]);

/** OS images a native program may be built on and then run on again, with only the program copied. */
export const NATIVE_BUILD_IMAGES = /^(library\/)?(debian|ubuntu)$/;
