import type { Transform } from '../transform.js';
import { transform as tidySyntax } from './tidy-syntax.js';
import { transform as keyValueFormat } from './key-value-format.js';
import { transform as maintainerLabel } from './maintainer-label.js';
import { transform as addToCopy } from './add-to-copy.js';
import { transform as cdToWorkdir } from './cd-to-workdir.js';
import { transform as chownOnCopy } from './chown-on-copy.js';
import { transform as dependenciesBeforeSource } from './dependencies-before-source.js';
import { transform as dependencyPrefetch } from './dependency-prefetch.js';
import { transform as npmStart } from './npm-start.js';
import { transform as npmCi } from './npm-ci.js';
import { transform as cacheMounts } from './cache-mounts.js';
import { transform as execForm } from './exec-form.js';
import { transform as aptGetNotApt } from './apt-get-not-apt.js';
import { transform as mergeUpdateInstall } from './merge-update-install.js';
import { transform as multiStage } from './multi-stage.js';
import { transform as nonInteractiveInstall } from './non-interactive-install.js';
import { transform as noInstallRecommends } from './no-install-recommends.js';
import { transform as packageCacheOff } from './package-cache-off.js';
import { transform as packageCacheClean } from './package-cache-clean.js';
import { transform as sortPackages } from './sort-packages.js';
import { transform as buildArgs } from './build-args.js';
import { transform as shellHygiene } from './shell-hygiene.js';
import { transform as syntaxDirective } from './syntax-directive.js';
import { transform as lateCleanup } from './late-cleanup.js';
import { transform as pinBaseTag } from './pin-base-tag.js';
import { transform as systemPip } from './system-pip.js';

/** Every transform, in the order they run: syntax first, local fixes, restructuring, then the directive. */
export const TRANSFORMS: readonly Transform[] = [
  tidySyntax,
  pinBaseTag,
  keyValueFormat,
  maintainerLabel,
  addToCopy,
  execForm,
  aptGetNotApt,
  mergeUpdateInstall,
  nonInteractiveInstall,
  noInstallRecommends,
  packageCacheOff,
  packageCacheClean,
  sortPackages,
  buildArgs,
  shellHygiene,
  lateCleanup,
  cacheMounts,
  cdToWorkdir,
  chownOnCopy,
  dependenciesBeforeSource,
  npmCi,
  dependencyPrefetch,
  npmStart,
  multiStage,
  systemPip,
  syntaxDirective,
];
