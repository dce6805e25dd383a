#!/usr/bin/env node
// The first step of `pnpm test`: the machine has what the suites drive, or we say what is missing.
// As root with apt-get (CI, a fresh container) the Debian packages are installed; anywhere else the
// message names them, and the suite that needs one fails with its own clear error.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** What the test suites drive outside Node, and the Debian packages that provide it. */
const TOOLS = [
  {
    what: "the browser tests' Chromium",
    present: () => existsSync('/usr/bin/chromium'),
    packages: ['chromium'],
  },
];

const missing = TOOLS.filter((t) => !t.present());
if (missing.length === 0) process.exit(0);

const packages = missing.flatMap((t) => t.packages);
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;

if (isRoot && hasApt) {
  console.log(`installing ${packages.join(', ')} (apt-get) for ${missing.map((t) => t.what).join(', ')}…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const run = (args) =>
    spawnSync('apt-get', args, { stdio: ['ignore', 'ignore', 'inherit'], env }).status === 0;
  if (!(run(['update', '-qq']) && run(['install', '-y', '-qq', '--no-install-recommends', ...packages]))) {
    console.error(`could not install ${packages.join(', ')} with apt-get (see above)`);
    process.exit(1);
  }
  const still = missing.filter((t) => !t.present());
  if (still.length > 0) {
    console.error(`installed, but still missing: ${still.map((t) => t.what).join(', ')}`);
    process.exit(1);
  }
  process.exit(0);
}

console.warn(
  `missing: ${missing.map((t) => t.what).join(', ')}. Install the Debian package(s) ${packages.join(', ')} ` +
    `(sudo apt-get install ${packages.join(' ')}); the suites that need them will fail until then.`,
);
