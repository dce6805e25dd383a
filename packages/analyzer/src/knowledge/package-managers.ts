/**
 * What the analyzer knows about package managers, as data: how each is called, which
 * subcommands install or refresh, which flags make it non-interactive, skip recommended
 * packages or skip its cache, how a cache is cleaned, where the cache lives (for cache mounts),
 * and how a version pin is written. Facts from each tool's own documentation.
 */

import type { Ecosystem } from './ecosystems.js';

export type PackageManagerId =
  | 'apt-get'
  | 'apt'
  | 'aptitude'
  | 'apk'
  | 'dnf'
  | 'yum'
  | 'microdnf'
  | 'zypper'
  | 'pip'
  | 'pipx'
  | 'uv'
  | 'poetry'
  | 'pipenv'
  | 'npm'
  | 'yarn'
  | 'pnpm'
  | 'gem'
  | 'bundle'
  | 'go'
  | 'cargo'
  | 'composer'
  | 'mvn'
  | 'gradle'
  | 'dotnet';

export interface PackageManager {
  id: PackageManagerId;
  /** The language ecosystem it installs for, or `os` for the distribution's own packages. */
  ecosystem: Ecosystem | 'os';
  /** Program names that run it (matched against the command's basename). */
  programs: RegExp;
  /** Subcommands that install packages. */
  install: string[];
  /**
   * Of those, the ones that build the project and fetch only what an earlier fetch left out
   * (`mvn package` after `mvn dependency:go-offline`, `cargo build` after `cargo fetch`).
   */
  builds?: string[];
  /** Subcommands that refresh the package index. */
  update: string[];
  /** Subcommands that upgrade everything installed. */
  upgrade: string[];
  /** Flags that answer "yes" to prompts; empty when the tool never prompts in a build. */
  yes: string[];
  /** Flags that skip recommended / weak dependencies. */
  noRecommends: string[];
  /** Flags that keep the package cache out of the layer. */
  noCache: string[];
  /** Commands (argv prefixes, `*` = any word) that clean its cache afterwards. */
  clean: string[][];
  /** Directories its cache lives in: a cache mount there replaces cleaning. */
  cacheDirs: string[];
  /**
   * Subcommands that delete the downloaded package index (for apt, /var/lib/apt/lists) as well as
   * the cache: apt ≥ 2.7.8 has `dist-clean` (alias `distclean`), which Debian trixie images use.
   */
  dropIndex?: string[];
  /** Options of the install subcommand that take a value (so the value is not a package). */
  valueOptions: string[];
  /**
   * Subcommands that are a group whose next word is the verb (`dnf module install nodejs:20`),
   * with how a pinned operand of the group looks (a module is pinned by its stream).
   */
  groups?: Record<string, { pinned: (arg: string) => boolean }>;
  /** How many `-q` make it answer yes by itself (apt-get: `-q=2`, `-qq`, `-q -q`). */
  yesAtQuietLevel?: number;
  /** How a pinned package argument looks; null when pinning is not done per argument. */
  pinned: ((arg: string) => boolean) | null;
  /** Arguments that are not registry packages (local files, paths, URLs): never "unpinned". */
  notAPackage: (arg: string) => boolean;
}

const localPath = (a: string) =>
  /^(\.|\/|~|\$|https?:|git\+|file:)/.test(a) ||
  /\.(deb|rpm|apk|whl|tar|tar\.gz|tar\.bz2|tar\.xz|tgz|zip|gem)$/.test(a);

/**
 * A version-control install (`git+https://host/org/lib.git`, pip's `hg+`, `svn+`, `bzr+`), which
 * installs whatever the branch holds unless a ref follows the path: `…/lib.git@v1.2` (pip), or
 * `#v1.2` / `#semver:^1.2` (npm).
 */
const VCS_URL = /^(git|hg|svn|bzr)\+|^git:\/\/|^(github|gitlab|bitbucket):/;
const pipVcsPinned = (a: string) => {
  // a ref after the last `@` of the path (a `user@` before the host is not one)
  const path = a.split('#')[0]!.replace(/^[a-z+]+:\/\/[^/@]*@/, '');
  const at = path.lastIndexOf('@');
  return at >= 0 && at < path.length - 1 && !path.slice(at).includes('/');
};
/** A Go module path with a dot in its first element (`example.com/x`), read without a regex. */
const remoteModulePath = (a: string) => {
  const slash = a.indexOf('/');
  return slash > 0 && a.slice(0, slash).includes('.');
};
const npmVcsPinned = (a: string) => a.includes('#');
/** A dnf/yum module is pinned when a stream is named: `nodejs:20`, `postgresql:16/server`. */
const moduleStream = (a: string) => /^[^:\s]+:[^:\s]+/.test(a);
const variable = (a: string) => a.includes('$');

export const PACKAGE_MANAGERS: PackageManager[] = [
  {
    id: 'apt-get',
    ecosystem: 'os',
    programs: /^apt-get$/,
    install: ['install'],
    update: ['update'],
    upgrade: ['upgrade', 'dist-upgrade', 'full-upgrade'],
    yes: ['-y', '--yes', '--assume-yes', '-q=2', '-qq', '--quiet=2'],
    yesAtQuietLevel: 2,
    noRecommends: ['--no-install-recommends'],
    noCache: [],
    clean: [
      ['rm', '*', '/var/lib/apt/lists/*'],
      ['rm', '*', '/var/lib/apt/lists'],
      ['rm', '*', '/var/lib/apt/lists/'],
      ['apt-get', 'clean'],
      ['apt-get', 'dist-clean'],
      ['apt-get', 'distclean'],
    ],
    cacheDirs: ['/var/lib/apt', '/var/lib/apt/lists', '/var/cache/apt'],
    dropIndex: ['dist-clean', 'distclean'],
    valueOptions: ['-o', '-t', '--target-release', '-c', '--config-file'],
    pinned: (a) => a.includes('=') || a.endsWith('.deb'),
    notAPackage: (a) => localPath(a) || variable(a),
  },
  {
    id: 'apt',
    ecosystem: 'os',
    programs: /^apt$/,
    install: ['install'],
    update: ['update'],
    upgrade: ['upgrade', 'full-upgrade', 'dist-upgrade'],
    yes: ['-y', '--yes', '--assume-yes'],
    noRecommends: ['--no-install-recommends'],
    noCache: [],
    clean: [
      ['rm', '*', '/var/lib/apt/lists/*'],
      ['apt', 'clean'],
      ['apt', 'dist-clean'],
      ['apt', 'distclean'],
    ],
    cacheDirs: ['/var/lib/apt', '/var/cache/apt'],
    dropIndex: ['dist-clean', 'distclean'],
    valueOptions: ['-o', '-t'],
    pinned: (a) => a.includes('='),
    notAPackage: (a) => localPath(a) || variable(a),
  },
  {
    // Debian's other apt front end: the same archive, lists and pins, its own verbs and flags.
    id: 'aptitude',
    ecosystem: 'os',
    programs: /^aptitude$/,
    install: ['install', 'reinstall'],
    update: ['update'],
    upgrade: ['safe-upgrade', 'full-upgrade', 'upgrade', 'dist-upgrade'],
    yes: ['-y', '--assume-yes'],
    noRecommends: ['-R', '--without-recommends'],
    noCache: [],
    clean: [
      ['rm', '*', '/var/lib/apt/lists/*'],
      ['rm', '*', '/var/lib/apt/lists'],
      ['aptitude', 'clean'],
    ],
    cacheDirs: ['/var/lib/apt', '/var/cache/apt'],
    valueOptions: ['-o', '-t', '--target-release', '-F', '--display-format'],
    pinned: (a) => a.includes('='),
    notAPackage: (a) => localPath(a) || variable(a),
  },
  {
    id: 'apk',
    ecosystem: 'os',
    programs: /^apk$/,
    install: ['add'],
    update: ['update'],
    upgrade: ['upgrade'],
    yes: [],
    noRecommends: [],
    // --no-network fetches nothing (no index, no package), so nothing is cached either: the
    // docker-library images use it to mark already-installed libraries as a --virtual package.
    noCache: ['--no-cache', '--no-network'],
    clean: [
      ['rm', '*', '/var/cache/apk/*'],
      ['apk', 'cache', 'clean'],
    ],
    cacheDirs: ['/var/cache/apk', '/etc/apk/cache'],
    valueOptions: ['-X', '--repository', '-t', '--virtual', '-p', '--root', '--arch', '--repositories-file'],
    pinned: (a) => /[=<>~]/.test(a),
    notAPackage: (a) => localPath(a) || variable(a) || a.startsWith('.'),
  },
  {
    id: 'dnf',
    ecosystem: 'os',
    programs: /^(dnf|dnf5)$/,
    // dnf's own short aliases: in, rei, up, up-min (dnf(8), "Command aliases").
    install: ['install', 'in', 'groupinstall', 'reinstall', 'rei', 'localinstall'],
    update: ['makecache', 'mc'],
    upgrade: [
      'upgrade',
      'up',
      'update',
      'upgrade-minimal',
      'up-min',
      'update-minimal',
      'distro-sync',
      'dsync',
    ],
    groups: { module: { pinned: moduleStream } },
    yes: ['-y', '--assumeyes'],
    noRecommends: [
      '--setopt=install_weak_deps=False',
      '--setopt=install_weak_deps=false',
      '--setopt=install_weak_deps=0',
      '--nodocs',
    ],
    noCache: [],
    clean: [
      ['dnf', 'clean', 'all'],
      ['dnf5', 'clean', 'all'],
      ['rm', '*', '/var/cache/dnf'],
      ['rm', '*', '/var/cache/dnf/*'],
      ['rm', '*', '/var/cache/yum'],
    ],
    cacheDirs: ['/var/cache/dnf', '/var/cache/libdnf5'],
    valueOptions: [
      '--setopt',
      '--enablerepo',
      '--disablerepo',
      '--releasever',
      '--installroot',
      '-x',
      '--exclude',
    ],
    // name-[epoch:]version[-release]: `java-17-openjdk` is a name, `nginx-1.26.2-1.fc40` a pin.
    pinned: (a) => /-(\d+:)?\d[\w.+~^*]*(-\d[\w.+~^*]*)?$/.test(a) || /[=<>]/.test(a),
    notAPackage: (a) => localPath(a) || variable(a) || a.startsWith('@'),
  },
  {
    id: 'microdnf',
    ecosystem: 'os',
    programs: /^microdnf$/,
    install: ['install', 'reinstall'],
    groups: { module: { pinned: moduleStream } },
    update: ['makecache'],
    upgrade: ['upgrade', 'update'],
    yes: ['-y', '--assumeyes'],
    noRecommends: ['--setopt=install_weak_deps=0', '--setopt=install_weak_deps=False', '--nodocs'],
    noCache: [],
    clean: [
      ['microdnf', 'clean', 'all'],
      // microdnf keeps its cache in /var/cache/yum (UBI minimal), dnf's in /var/cache/dnf.
      ['rm', '*', '/var/cache/yum'],
      ['rm', '*', '/var/cache/yum/*'],
      ['rm', '*', '/var/cache/dnf'],
      ['rm', '*', '/var/cache/dnf/*'],
    ],
    cacheDirs: ['/var/cache/yum', '/var/cache/dnf'],
    valueOptions: ['--setopt', '--enablerepo', '--disablerepo'],
    pinned: (a) => /-(\d+:)?\d[\w.+~^*]*(-\d[\w.+~^*]*)?$/.test(a),
    notAPackage: (a) => localPath(a) || variable(a),
  },
  {
    id: 'yum',
    ecosystem: 'os',
    programs: /^yum$/,
    install: ['install', 'groupinstall', 'localinstall', 'reinstall'],
    update: ['makecache'],
    upgrade: ['update', 'upgrade', 'update-minimal', 'upgrade-minimal', 'distro-sync'],
    groups: { module: { pinned: moduleStream } },
    yes: ['-y', '--assumeyes'],
    noRecommends: [],
    noCache: [],
    clean: [
      ['yum', 'clean', 'all'],
      ['rm', '*', '/var/cache/yum'],
      ['rm', '*', '/var/cache/yum/*'],
    ],
    cacheDirs: ['/var/cache/yum'],
    valueOptions: ['--setopt', '--enablerepo', '--disablerepo', '--installroot', '-x', '--exclude'],
    pinned: (a) => /-(\d+:)?\d[\w.+~^*]*(-\d[\w.+~^*]*)?$/.test(a),
    notAPackage: (a) => localPath(a) || variable(a) || a.startsWith('@'),
  },
  {
    id: 'zypper',
    ecosystem: 'os',
    programs: /^zypper$/,
    install: ['install', 'in'],
    update: ['refresh', 'ref'],
    upgrade: ['update', 'up', 'dist-upgrade', 'dup', 'patch'],
    yes: ['-n', '--non-interactive', '-y', '--no-confirm'],
    noRecommends: ['--no-recommends'],
    noCache: [],
    clean: [
      ['zypper', 'clean'],
      ['zypper', 'cc'],
      ['zypper', '*', 'clean'],
      ['rm', '*', '/var/cache/zypp'],
    ],
    cacheDirs: ['/var/cache/zypp'],
    valueOptions: ['-t', '--type', '-r', '--repo', '--from'],
    pinned: (a) => /[=<>]/.test(a),
    notAPackage: (a) => localPath(a) || variable(a),
  },
  {
    id: 'pip',
    ecosystem: 'python',
    programs: /^pip(\d(\.\d+)?)?$/,
    install: ['install'],
    update: [],
    upgrade: [],
    yes: [],
    noRecommends: [],
    // pip's option parser takes any unambiguous prefix of a long option: among pip install's
    // options (--no-clean, --no-color, --no-compile …) these all mean --no-cache-dir.
    noCache: [
      '--no-cache-dir',
      '--no-cache-di',
      '--no-cache-d',
      '--no-cache-',
      '--no-cache',
      '--no-cach',
      '--no-cac',
      '--no-ca',
    ],
    clean: [
      ['pip', 'cache', 'purge'],
      ['pip3', 'cache', 'purge'],
      ['rm', '*', '/root/.cache/pip'],
      ['rm', '*', '/root/.cache'],
    ],
    cacheDirs: ['/root/.cache/pip', '/root/.cache'],
    valueOptions: [
      '-r',
      '--requirement',
      '-c',
      '--constraint',
      '-e',
      '--editable',
      '-i',
      '--index-url',
      '--extra-index-url',
      '-t',
      '--target',
      '--prefix',
      '--root',
      '-f',
      '--find-links',
      '--trusted-host',
      '--platform',
      '--python-version',
      '--only-binary',
      '--no-binary',
      '--progress-bar',
      '--src',
      '--upgrade-strategy',
      '--cache-dir',
      '--root-user-action',
      '--log',
      '--proxy',
      '--retries',
      '--timeout',
      '--exists-action',
      '--cert',
      '--client-cert',
      '--python',
      '--abi',
      '--implementation',
      '--global-option',
      '--config-settings',
      '--report',
      '--use-feature',
      '--use-deprecated',
      '--keyring-provider',
    ],
    pinned: (a) => (VCS_URL.test(a) ? pipVcsPinned(a) : /(==|===|~=|@)/.test(a) || /[<>]=?/.test(a)),
    notAPackage: (a) =>
      !VCS_URL.test(a) && (localPath(a) || variable(a) || a === '.' || /^[./]/.test(a) || a.includes('/')),
  },
  {
    // pipx installs applications, each in its own virtualenv, from the same package specs as pip.
    id: 'pipx',
    ecosystem: 'python',
    programs: /^pipx$/,
    install: ['install', 'inject', 'run'],
    update: [],
    upgrade: ['upgrade', 'upgrade-all'],
    yes: [],
    noRecommends: [],
    noCache: [],
    clean: [['rm', '*', '/root/.cache/pipx']],
    cacheDirs: ['/root/.cache/pipx', '/root/.cache/pip', '/root/.cache'],
    valueOptions: ['--python', '--pip-args', '--index-url', '-i', '--suffix', '--spec'],
    pinned: (a) => (VCS_URL.test(a) ? pipVcsPinned(a) : /(==|===|~=|@)/.test(a) || /[<>]=?/.test(a)),
    notAPackage: (a) =>
      !VCS_URL.test(a) && (localPath(a) || variable(a) || a === '.' || /^[./]/.test(a) || a.includes('/')),
  },
  {
    id: 'uv',
    ecosystem: 'python',
    programs: /^uv$/,
    install: ['sync', 'add', 'pip'],
    update: [],
    upgrade: [],
    yes: [],
    noRecommends: [],
    noCache: ['--no-cache'],
    clean: [['uv', 'cache', 'clean']],
    cacheDirs: ['/root/.cache/uv', '/root/.cache'],
    valueOptions: ['-r', '--requirement', '--python', '-p', '--index-url', '--extra-index-url'],
    pinned: (a) => /(==|~=|@)/.test(a),
    notAPackage: (a) => localPath(a) || variable(a) || a === '.',
  },
  {
    id: 'poetry',
    ecosystem: 'python',
    programs: /^poetry$/,
    install: ['install', 'add'],
    update: [],
    upgrade: ['update'],
    yes: ['--no-interaction', '-n'],
    noRecommends: ['--only=main', '--without=dev', '--no-dev', '--only', '--without'],
    noCache: ['--no-cache'],
    clean: [
      ['poetry', 'cache', 'clear'],
      ['rm', '*', '/root/.cache/pypoetry'],
    ],
    cacheDirs: ['/root/.cache/pypoetry', '/root/.cache'],
    valueOptions: ['--only', '--without', '--with', '-E', '--extras'],
    pinned: null,
    notAPackage: () => true,
  },
  {
    id: 'pipenv',
    ecosystem: 'python',
    programs: /^pipenv$/,
    install: ['install', 'sync'],
    update: [],
    upgrade: ['update'],
    yes: [],
    noRecommends: [],
    noCache: [],
    clean: [
      ['pipenv', '--clear'],
      ['rm', '*', '/root/.cache/pipenv'],
    ],
    cacheDirs: ['/root/.cache/pipenv', '/root/.cache'],
    valueOptions: [],
    pinned: null,
    notAPackage: () => true,
  },
  {
    id: 'npm',
    ecosystem: 'node',
    programs: /^npm$/,
    install: ['install', 'i', 'add', 'ci', 'isntall'],
    update: [],
    upgrade: ['update', 'upgrade'],
    yes: [],
    noRecommends: ['--omit=dev', '--only=production', '--only=prod', '--production'],
    noCache: [],
    clean: [
      ['npm', 'cache', 'clean'],
      ['rm', '*', '/root/.npm'],
      ['rm', '*', '/root/.npm/*'],
      ['rm', '*', '~/.npm'],
    ],
    cacheDirs: ['/root/.npm', '/home/node/.npm'],
    valueOptions: [
      '--prefix',
      '--registry',
      '--cache',
      '--omit',
      '--include',
      '-w',
      '--workspace',
      '--loglevel',
      '--location',
      '--userconfig',
      '--tag',
      '--install-strategy',
    ],
    pinned: (a) => (VCS_URL.test(a) ? npmVcsPinned(a) : /^(@[^/]+\/)?[^@]+@.+$/.test(a)),
    notAPackage: (a) =>
      !VCS_URL.test(a) &&
      (localPath(a) ||
        variable(a) ||
        a === '.' ||
        (a.includes('/') && !a.startsWith('@')) ||
        /^[a-z]+:/.test(a)),
  },
  {
    id: 'yarn',
    ecosystem: 'node',
    programs: /^yarn$/,
    install: ['install', 'add'],
    update: [],
    upgrade: ['upgrade', 'up'],
    yes: ['--non-interactive'],
    noRecommends: ['--production', '--prod'],
    noCache: [],
    clean: [
      ['yarn', 'cache', 'clean'],
      ['rm', '*', '/usr/local/share/.cache/yarn'],
      ['rm', '*', '/root/.cache/yarn'],
    ],
    cacheDirs: ['/usr/local/share/.cache/yarn', '/root/.cache/yarn', '/root/.yarn', '.yarn/cache'],
    valueOptions: ['--cwd', '--modules-folder', '--cache-folder', '--network-timeout'],
    pinned: (a) => /^(@[^/]+\/)?[^@]+@.+$/.test(a),
    notAPackage: (a) => localPath(a) || variable(a),
  },
  {
    id: 'pnpm',
    ecosystem: 'node',
    programs: /^pnpm$/,
    install: ['install', 'i', 'add'],
    update: [],
    upgrade: ['update', 'up'],
    yes: [],
    noRecommends: ['--prod', '-P', '--production'],
    noCache: [],
    clean: [['pnpm', 'store', 'prune']],
    cacheDirs: ['/root/.local/share/pnpm/store', '/pnpm/store', '/root/.cache/pnpm'],
    valueOptions: ['--filter', '-F', '--dir', '-C', '--store-dir'],
    pinned: (a) => /^(@[^/]+\/)?[^@]+@.+$/.test(a),
    notAPackage: (a) => localPath(a) || variable(a),
  },
  {
    id: 'gem',
    ecosystem: 'ruby',
    programs: /^gem$/,
    install: ['install', 'i'],
    update: [],
    upgrade: ['update'],
    yes: [],
    noRecommends: ['--no-document', '-N', '--no-ri', '--no-rdoc'],
    noCache: [],
    clean: [
      ['gem', 'cleanup'],
      ['rm', '*', '/root/.gem'],
    ],
    cacheDirs: ['/root/.gem', '/usr/local/bundle/cache'],
    valueOptions: [
      '-v',
      '--version',
      '-i',
      '--install-dir',
      '-n',
      '--bindir',
      '--source',
      '-s',
      '--platform',
    ],
    pinned: (a) => /:\S/.test(a),
    notAPackage: (a) => localPath(a) || variable(a),
  },
  {
    id: 'bundle',
    ecosystem: 'ruby',
    programs: /^(bundle|bundler)$/,
    install: ['install'],
    update: [],
    upgrade: ['update'],
    yes: [],
    noRecommends: ['--without'],
    noCache: [],
    clean: [
      ['bundle', 'clean'],
      ['rm', '*', '/usr/local/bundle/cache'],
    ],
    cacheDirs: ['/usr/local/bundle/cache', '/root/.bundle/cache'],
    valueOptions: ['--jobs', '-j', '--retry', '--path', '--without', '--with', '--gemfile'],
    pinned: null,
    notAPackage: () => true,
  },
  {
    id: 'go',
    ecosystem: 'go',
    programs: /^go$/,
    // `go run pkg@version` also fetches a module, but `go run ./main.go` installs nothing: the
    // version rule (DOP074) reads `run` itself.
    install: ['install', 'get', 'mod'],
    builds: ['install'],
    update: [],
    upgrade: [],
    yes: [],
    noRecommends: [],
    noCache: [],
    clean: [
      ['go', 'clean', '-modcache'],
      ['go', 'clean', '-cache'],
    ],
    cacheDirs: ['/root/.cache/go-build', '/go/pkg/mod', '/root/go/pkg/mod', '/go/pkg'],
    valueOptions: ['-o', '-ldflags', '-tags', '-gcflags', '-mod', '-modfile', '-p'],
    pinned: (a) => /@(v?\d|[0-9a-f]{7,})/.test(a),
    // A remote module path has a dot in its first element (`example.com/x`); `app/server` is a
    // package of the GOPATH or the module itself.
    notAPackage: (a) => localPath(a) || variable(a) || !remoteModulePath(a) || a.startsWith('.'),
  },
  {
    id: 'cargo',
    ecosystem: 'rust',
    programs: /^cargo$/,
    install: ['install', 'build', 'fetch'],
    builds: ['build', 'install'],
    update: [],
    upgrade: ['update'],
    yes: [],
    noRecommends: [],
    noCache: [],
    clean: [
      ['rm', '*', '/usr/local/cargo/registry'],
      ['rm', '*', '/root/.cargo/registry'],
    ],
    cacheDirs: [
      '/usr/local/cargo/registry',
      '/usr/local/cargo/git',
      '/root/.cargo/registry',
      '/app/target',
      'target',
    ],
    valueOptions: [
      '--version',
      '--vers',
      '--root',
      '--git',
      '--branch',
      '--tag',
      '--rev',
      '--path',
      '--target',
      '-p',
      '--package',
      '--features',
      '-F',
      '--bin',
      '-j',
      '--jobs',
    ],
    pinned: null,
    notAPackage: (a) => localPath(a) || variable(a),
  },
  {
    id: 'composer',
    ecosystem: 'php',
    programs: /^(composer|composer\.phar)$/,
    install: ['install', 'require'],
    update: [],
    upgrade: ['update'],
    yes: ['--no-interaction', '-n'],
    noRecommends: ['--no-dev'],
    noCache: ['--no-cache'],
    clean: [
      ['composer', 'clear-cache'],
      ['composer', 'clearcache'],
      ['rm', '*', '/root/.composer/cache'],
    ],
    cacheDirs: ['/root/.composer/cache', '/tmp/cache', '/root/.cache/composer'],
    valueOptions: ['-d', '--working-dir'],
    pinned: (a) => a.includes(':'),
    notAPackage: (a) => localPath(a) || variable(a),
  },
  {
    id: 'mvn',
    ecosystem: 'java',
    programs: /^(mvn|mvnw)$/,
    install: ['install', 'package', 'dependency:go-offline', 'dependency:resolve', 'verify'],
    builds: ['install', 'package', 'verify'],
    update: [],
    upgrade: [],
    yes: ['-B', '--batch-mode'],
    noRecommends: [],
    noCache: [],
    clean: [
      ['rm', '*', '/root/.m2'],
      ['rm', '*', '/root/.m2/repository'],
    ],
    cacheDirs: ['/root/.m2'],
    valueOptions: ['-f', '--file', '-s', '--settings', '-P', '-pl', '-T'],
    pinned: null,
    notAPackage: () => true,
  },
  {
    id: 'gradle',
    ecosystem: 'java',
    programs: /^(gradle|gradlew)$/,
    install: ['build', 'assemble', 'bootJar', 'installDist', 'shadowJar', 'dependencies'],
    builds: ['build', 'assemble', 'bootJar', 'installDist', 'shadowJar'],
    update: [],
    upgrade: [],
    yes: [],
    noRecommends: [],
    noCache: [],
    clean: [
      ['rm', '*', '/root/.gradle'],
      ['rm', '*', '/home/gradle/.gradle'],
    ],
    cacheDirs: ['/root/.gradle', '/home/gradle/.gradle'],
    valueOptions: ['-p', '--project-dir', '-x'],
    pinned: null,
    notAPackage: () => true,
  },
  {
    id: 'dotnet',
    ecosystem: 'dotnet',
    programs: /^dotnet$/,
    install: ['restore', 'publish', 'build', 'tool'],
    builds: ['publish', 'build'],
    update: [],
    upgrade: [],
    yes: [],
    noRecommends: [],
    noCache: ['--no-cache'],
    clean: [
      ['dotnet', 'nuget', 'locals', 'all', '--clear'],
      ['rm', '*', '/root/.nuget'],
    ],
    cacheDirs: ['/root/.nuget/packages', '/root/.nuget'],
    valueOptions: [
      '-c',
      '--configuration',
      '-o',
      '--output',
      '-r',
      '--runtime',
      '-f',
      '--framework',
      '-s',
      '--source',
    ],
    pinned: null,
    notAPackage: () => true,
  },
];

export const PACKAGE_MANAGER_BY_ID: Record<PackageManagerId, PackageManager> = Object.fromEntries(
  PACKAGE_MANAGERS.map((pm) => [pm.id, pm]),
) as Record<PackageManagerId, PackageManager>;

/** The package manager a command runs (`python -m pip` counts as pip), or null. */
export function packageManagerOf(
  name: string,
  args: readonly { value: string }[] = [],
): PackageManager | null {
  if (/^python(\d(\.\d+)?)?$/.test(name) && args[0]?.value === '-m') {
    const mod = args[1]?.value ?? '';
    if (/^pip\d?$/.test(mod)) return PACKAGE_MANAGER_BY_ID.pip;
    if (mod === 'poetry') return PACKAGE_MANAGER_BY_ID.poetry;
    if (mod === 'pipenv') return PACKAGE_MANAGER_BY_ID.pipenv;
    return null;
  }
  let pm = BY_PROGRAM.get(name);
  if (pm === undefined) {
    pm = PACKAGE_MANAGERS.find((m) => m.programs.test(name)) ?? null;
    // Every command of every RUN asks, with a few dozen names between them: each name's answer
    // is kept (a bounded number: names come from the files read).
    if (BY_PROGRAM.size >= 4096) BY_PROGRAM.clear();
    BY_PROGRAM.set(name, pm);
  }
  return pm;
}

const BY_PROGRAM = new Map<string, PackageManager | null>();
