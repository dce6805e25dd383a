/**
 * Which commands write which paths: the one table the layer rules (DOP096) and the rewriter's
 * late cleanup read. Explicit writes come from a command's parsed arguments (its output options
 * and operands); implicit ones are the folders a package manager fills on install or update
 * (`cacheDirs` in package-managers.ts, zypper's /var/cache/zypp included).
 */
import { isInstall, isUpdate, packageManagerCall } from './invocation.js';
import type { PackageManager } from './package-managers.js';
import { optionValue, positionals } from '../shell/command.js';
import type { SimpleCommand, Word } from '../shell/types.js';

/** A path a command writes, as written (may be relative); `tree`: a directory it fills. */
export interface PathWrite {
  value: string;
  tree: boolean;
}

/**
 * What each program writes, from its parsed arguments. A path a command only reads, such as a
 * script it runs, is not written by it.
 */
export const PATH_WRITERS: Readonly<Record<string, (args: readonly Word[]) => PathWrite[]>> = {
  curl: (a) => one(bundled(a, 'o') ?? optionValue(a, ['--output']), false),
  wget: (a) => [
    ...one(bundled(a, 'O') ?? optionValue(a, ['--output-document']), false),
    ...one(optionValue(a, ['-P', '--directory-prefix']), true),
  ],
  // mkdir makes empty directories: what lands in them later comes from elsewhere.
  mkdir: (a) => positionals(a, ['-m', '--mode']).map((w) => ({ value: w.value, tree: false })),
  touch: (a) => positionals(a).map((w) => ({ value: w.value, tree: false })),
  cp: (a) => one(positionals(a, ['-t', '--target-directory']).at(-1)?.value ?? null, true),
  mv: (a) => one(positionals(a, ['-t', '--target-directory']).at(-1)?.value ?? null, true),
  ln: (a) => one(positionals(a).at(-1)?.value ?? null, false),
  install: (a) =>
    one(positionals(a, ['-m', '--mode', '-o', '--owner', '-g', '--group']).at(-1)?.value ?? null, true),
  git: (a) => {
    const pos = positionals(a, ['-b', '--branch', '--depth', '-c', '--config', '-o', '--origin']);
    return pos[0]?.value === 'clone' ? one(pos[2]?.value ?? null, true) : [];
  },
  tar: (a) => one(optionValue(a, ['-C', '--directory']), true),
  unzip: (a) => one(optionValue(a, ['-d']), true),
};

/** The paths a command names as its output: its arguments' (PATH_WRITERS) and its `>` redirects. */
export function explicitWrites(cmd: SimpleCommand): readonly PathWrite[] {
  // Asked of every command of every RUN by three readers: most commands name no output at all.
  const own = PATH_WRITERS[cmd.name]?.(cmd.args) ?? NONE;
  if (cmd.redirects.length === 0) return own;
  const out = [...own];
  for (const r of cmd.redirects) {
    // `2>&1` duplicates a descriptor: no file.
    if (!r.op.includes('>') || !r.target || /^\d+$|^-$/.test(r.target.value)) continue;
    if (!r.target.value.startsWith('/dev/')) out.push({ value: r.target.value, tree: false });
  }
  return out;
}

const NONE: readonly PathWrite[] = [];

/** The package manager whose cache folders (`pm.cacheDirs`) a command fills: an install or update. */
export function cacheFilledBy(cmd: SimpleCommand): PackageManager | null {
  const call = packageManagerCall(cmd);
  return call && (isInstall(call) || isUpdate(call)) ? call.pm : null;
}

/**
 * Folders whose removal can never change what a later build step sees that it did not create
 * itself: scratch space and the OS package managers' indexes and download caches (the manager
 * fetches them again when it needs them), with the pip, npm and yarn download caches.
 */
export const SCRATCH_DIRS: readonly string[] = [
  '/tmp',
  '/var/tmp',
  '/var/lib/apt/lists',
  '/var/cache/apt',
  '/var/cache/apk',
  '/var/cache/yum',
  '/var/cache/dnf',
  '/var/cache/zypp',
  '/root/.cache/pip',
  '/root/.npm',
  '/usr/local/share/.cache/yarn',
];

/** The value of a short option that may close a bundle: `-o F`, `-fsSLo F`, `-oF`. */
function bundled(args: readonly Word[], letter: string): string | null {
  for (let i = 0; i < args.length; i++) {
    const v = args[i]!.value;
    if (!/^-[a-zA-Z]/.test(v) || v.startsWith('--')) continue;
    const at = v.indexOf(letter, 1);
    if (at < 0 || !/^[a-zA-Z]*$/.test(v.slice(1, at))) continue;
    return at === v.length - 1 ? (args[i + 1]?.value ?? null) : v.slice(at + 1);
  }
  return null;
}

function one(value: string | null, tree: boolean): PathWrite[] {
  return value && !value.includes('://') ? [{ value, tree }] : [];
}
