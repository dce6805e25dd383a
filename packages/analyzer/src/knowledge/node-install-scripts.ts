/**
 * What a fresh production install of a Node project (`npm ci --omit=dev` in a stage of its own)
 * may lack or break on. From npm's scripts documentation ("npm ci" and "npm install" run these of
 * the root package) and the tools' own docs (prisma generate writes node_modules/.prisma,
 * patch-package patches node_modules after install); reviewed 2026-12-07.
 */

/** Lifecycle scripts of the root package that `npm ci` and `npm install` run. */
export const NPM_INSTALL_LIFECYCLE: readonly string[] = [
  'preinstall',
  'install',
  'postinstall',
  'prepublish',
  'preprepare',
  'prepare',
  'postprepare',
];

/** Dependencies that write into node_modules after the install (generated clients, patches). */
export const NODE_MODULES_WRITERS: readonly string[] = ['prisma', '@prisma/client', 'patch-package'];
