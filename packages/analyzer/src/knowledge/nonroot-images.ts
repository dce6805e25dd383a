/**
 * Base images whose DEFAULT user (the one a container runs as when the Dockerfile sets no USER)
 * is already non-root. DOP030 stays silent on these: adding a USER would only repeat what the
 * image already does.
 *
 * Facts come from the vendors' docs and image configs at the time of writing. When in doubt an
 * image is left out: a missing entry only means the rule asks for a USER that may be redundant,
 * while a wrong entry would hide a container that really runs as root.
 */
import type { ImageRef } from '../model/types.js';

export interface NonRootImage {
  /** Registry host; `null` is Docker Hub. */
  registry: string | null;
  /** Repository path; a trailing `/*` matches every repository below it. */
  name: string;
  /**
   * When given, the tag (`latest` when absent) must contain one of these `-`-separated tokens
   * (`nonroot` matches `nonroot`, `debug-nonroot`, `nonroot-amd64`).
   */
  tagTokens?: readonly string[];
  /** Tags containing one of these tokens default to root (Chainguard `-dev` variants). */
  exceptTagTokens?: readonly string[];
  /** Repositories (last path segment) under a `/*` entry that default to root. */
  exceptRepos?: readonly string[];
  /** The user the image runs as. */
  user: string;
  uid: number;
  source: string;
}

export const NONROOT_IMAGES: readonly NonRootImage[] = [
  {
    registry: 'gcr.io',
    name: 'distroless/*',
    tagTokens: ['nonroot'],
    user: 'nonroot',
    uid: 65532,
    source: 'GoogleContainerTools/distroless README: the :nonroot and :debug-nonroot tags run as uid 65532',
  },
  {
    registry: 'cgr.dev',
    name: 'chainguard/*',
    // `-dev` variants ship a shell and apk and several of them run as root; the base images
    // below are plain distributions that run as root.
    exceptTagTokens: ['dev'],
    exceptRepos: ['wolfi-base', 'chainguard-base', 'busybox', 'alpine-base'],
    user: 'nonroot',
    uid: 65532,
    source: 'Chainguard images docs: application images run as nonroot (65532) by default',
  },
  {
    registry: null,
    name: 'nginxinc/nginx-unprivileged',
    user: 'nginx',
    uid: 101,
    source: 'nginxinc/docker-nginx-unprivileged README: runs as the nginx user (101) on port 8080',
  },
  {
    registry: 'ghcr.io',
    name: 'nginxinc/nginx-unprivileged',
    user: 'nginx',
    uid: 101,
    source: 'nginxinc/docker-nginx-unprivileged README (GHCR mirror)',
  },
  {
    registry: null,
    name: 'bitnami/*',
    // minideb is Bitnami's plain Debian base and runs as root.
    exceptRepos: ['minideb'],
    user: '1001',
    uid: 1001,
    source: 'Bitnami docs "Work with non-root containers": images run as uid 1001',
  },
  {
    registry: 'mcr.microsoft.com',
    name: 'dotnet/*',
    tagTokens: ['chiseled'],
    user: 'app',
    uid: 1654,
    source: '.NET 8+ docs: chiseled images contain only the non-root app user (1654) and run as it',
  },
  ...['ubi8', 'ubi9'].flatMap((ubi) =>
    ['python-*', 'nodejs-*', 'ruby-*', 'php-*', 'perl-*'].map((lang) => ({
      registry: 'registry.access.redhat.com',
      name: `${ubi}/${lang}`,
      user: 'default',
      uid: 1001,
      source: 'Red Hat S2I language images (sclorg): USER 1001',
    })),
  ),
  {
    registry: 'registry.access.redhat.com',
    name: 'ubi9/openjdk-*',
    user: 'jboss',
    uid: 185,
    source: 'Red Hat UBI OpenJDK images: USER 185',
  },
  {
    registry: null,
    name: 'circleci/*',
    user: 'circleci',
    uid: 3434,
    source: 'CircleCI legacy convenience images (circleci/*): USER circleci (3434), sudo without password',
  },
  {
    registry: null,
    name: 'cimg/*',
    user: 'circleci',
    uid: 3434,
    source: 'CircleCI convenience images (cimg/*): USER circleci (3434)',
  },
  {
    registry: null,
    name: 'jenkins/*',
    // The agent images that connect inbound or over ssh start as root or jenkins depending on
    // the variant; only the controller and the plain agent are listed.
    exceptRepos: ['ssh-agent', 'inbound-agent', 'jnlp-slave'],
    user: 'jenkins',
    uid: 1000,
    source: 'jenkinsci/docker README: jenkins/jenkins runs as jenkins (1000); jenkins/agent likewise',
  },
  {
    registry: 'quay.io',
    name: 'keycloak/keycloak',
    user: 'keycloak',
    uid: 1000,
    source: 'Keycloak container image: USER 1000',
  },
];

const DOCKER_HUB = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io']);

function normalizedRegistry(registry: string | null): string | null {
  if (registry === null) return null;
  const r = registry.toLowerCase();
  return DOCKER_HUB.has(r) ? null : r;
}

function nameMatches(pattern: string, name: string): boolean {
  if (pattern.endsWith('/*'))
    return name.startsWith(pattern.slice(0, -1)) && name.length > pattern.length - 1;
  if (pattern.endsWith('*')) return name.startsWith(pattern.slice(0, -1));
  return name === pattern;
}

/** The non-root default user of a base image, or null when it runs as root or is unknown. */
export function nonRootDefault(image: Pick<ImageRef, 'registry' | 'name' | 'tag'>): NonRootImage | null {
  const registry = normalizedRegistry(image.registry);
  const name = image.name.toLowerCase().replace(/^library\//, '');
  const tokens = (image.tag ?? 'latest').toLowerCase().split('-');
  const repo = name.split('/').pop() ?? '';
  for (const entry of NONROOT_IMAGES) {
    if (entry.registry !== registry || !nameMatches(entry.name, name)) continue;
    if (entry.exceptRepos?.includes(repo)) continue;
    if (entry.exceptTagTokens?.some((t) => tokens.includes(t))) continue;
    if (entry.tagTokens && !entry.tagTokens.some((t) => tokens.includes(t))) continue;
    return entry;
  }
  return null;
}

/** A user an image ships, with its uid, so `USER name` can be written `USER uid`. */
export interface ImageUserEntry {
  registry: string | null;
  /** Repository path; a trailing `/*` matches every repository below it. */
  name: string;
  user: string;
  uid: number;
}

/** Users with the same uid in every common distribution (Debian, Ubuntu, Alpine, Fedora). */
export const UNIVERSAL_USERS: Readonly<Record<string, number>> = { nobody: 65534 };

/** Users that well-known images create, by image. */
export const IMAGE_USERS: readonly ImageUserEntry[] = [
  { registry: null, name: 'node', user: 'node', uid: 1000 },
  { registry: 'gcr.io', name: 'distroless/*', user: 'nonroot', uid: 65532 },
  { registry: 'cgr.dev', name: 'chainguard/*', user: 'nonroot', uid: 65532 },
  { registry: null, name: 'nginx', user: 'nginx', uid: 101 },
  { registry: null, name: 'nginxinc/nginx-unprivileged', user: 'nginx', uid: 101 },
  { registry: 'mcr.microsoft.com', name: 'dotnet/*', user: 'app', uid: 1654 },
];

/** The uid of a user the base image ships (or that every distribution has), or null. */
export function imageUserUid(image: Pick<ImageRef, 'registry' | 'name'> | null, user: string): number | null {
  const universal = UNIVERSAL_USERS[user];
  if (universal !== undefined) return universal;
  if (!image) return null;
  const registry = normalizedRegistry(image.registry);
  const name = image.name.toLowerCase().replace(/^library\//, '');
  const hit = IMAGE_USERS.find(
    (e) => e.registry === registry && e.user === user && nameMatches(e.name, name),
  );
  return hit?.uid ?? null;
}

/** The non-root user a well-known image ships for its apps (node's `node`), or null. */
export function shippedUser(image: Pick<ImageRef, 'registry' | 'name'>): ImageUserEntry | null {
  const registry = normalizedRegistry(image.registry);
  const name = image.name.toLowerCase().replace(/^library\//, '');
  return IMAGE_USERS.find((e) => e.registry === registry && nameMatches(e.name, name)) ?? null;
}

/**
 * Folders an app writes to at run time, relative to its working directory, per ecosystem: a
 * non-root user needs them to be its own. Rails writes tmp/ (pids, cache), log/ and storage/
 * (Active Storage's local disk); other ecosystems write where their configuration says.
 */
export const APP_WRITABLE_DIRS: Readonly<Record<string, readonly string[]>> = {
  ruby: ['tmp', 'log', 'storage'],
};

/**
 * Programs an entrypoint uses to drop root itself (it starts as root, fixes permissions, then
 * runs the app as another user): a USER instruction would stop it from doing so.
 */
export const PRIVILEGE_DROPPERS: ReadonlySet<string> = new Set([
  'gosu',
  'su-exec',
  'setpriv',
  'chpst',
  'runuser',
]);

/**
 * The non-root user the .NET 8+ images ship for apps: `app` (uid 1654), named by the variable
 * `APP_UID` the images set, so `USER $APP_UID` is Microsoft's own advice. The images still start
 * as root (only the chiseled ones run as `app`). Earlier images (6.0, 7.0) have no such user.
 * Source: learn.microsoft.com, ".NET 8 container images: default non-root user" (breaking change
 * in .NET 8) and the .NET blog "Secure your .NET cloud apps with rootless Linux Containers"
 * (2023-08); checked 2026-12-07.
 */
export const DOTNET_APP_USER = { variable: 'APP_UID', user: 'app', uid: 1654, fromMajor: 8 } as const;

/** The app user of a .NET runtime image reference (`mcr.microsoft.com/dotnet/aspnet:8.0`), or null before 8.0. */
export function dotnetAppUser(ref: string): typeof DOTNET_APP_USER | null {
  const m =
    /^mcr\.microsoft\.com\/dotnet\/(?:aspnet|runtime|runtime-deps|sdk)(?::(?:(\d+)\.\d+(?:[^@\d][^@]*)?|latest))?$/.exec(
      ref,
    );
  if (!m) return null;
  // no tag is `latest`, a current version
  return m[1] === undefined || Number(m[1]) >= DOTNET_APP_USER.fromMajor ? DOTNET_APP_USER : null;
}
