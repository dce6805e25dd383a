import { findOption } from '../shell/command.js';
import type { PackageManagerCall } from './invocation.js';
import type { PackageManagerId } from './package-managers.js';

/**
 * Options that make a dependency install write somewhere other than its usual place (the project's
 * node_modules, the active virtualenv, the gem home): a rewrite that copies the usual place into
 * another stage would copy nothing. From each tool's install documentation (npm `--prefix`/`-g`,
 * yarn `--modules-folder`, pnpm `--dir`, pip `--user`/`--target`/`--prefix`/`--root`, bundler
 * `--path`/`--deployment`/`--standalone`/`--system`, composer `--working-dir`).
 */
export const INSTALL_LOCATION_OPTIONS: Partial<Record<PackageManagerId, readonly string[]>> = {
  npm: ['--prefix', '-g', '--global', '--location'],
  yarn: ['--modules-folder', '--cwd'],
  pnpm: ['--dir', '-C', '--modules-dir', '-g', '--global'],
  pip: ['--user', '--target', '-t', '--prefix', '--root'],
  bundle: ['--path', '--deployment', '--standalone', '--system'],
  composer: ['--working-dir', '-d'],
};

/** Whether the call installs somewhere other than its manager's usual place. */
export function installsElsewhere(call: PackageManagerCall): boolean {
  const options = INSTALL_LOCATION_OPTIONS[call.pm.id];
  return options !== undefined && findOption(call.args, options) !== null;
}

/**
 * Programs that move, copy, link or delete files by name: a dependency folder named in one of
 * them may not be where the install left it by the time the stage ends.
 */
export const FILE_MOVERS: ReadonlySet<string> = new Set(['mv', 'cp', 'ln', 'rsync', 'rm', 'install']);
