export { analyze, analyzeModel, analyzeRules } from './analyze.js';
export { buildModel } from './model/build.js';
export { applyEditGroups, applyEdits, EditPlan } from './text/edits.js';
export type { DeferReason, EditGroup, EditGroupsResult } from './text/edits.js';
export { fixAll } from './fix-all.js';
export { lastWriter, writersBefore, writesOf, writesPath } from './model/writes.js';
export type { Write } from './model/writes.js';
export { copyOperands } from './model/operands.js';
export { writtenWorkdirAtEnd, writtenWorkdirBefore } from './model/state-at.js';
export { cacheMounts, type RunMount, runMounts } from './model/mounts.js';
export { hasPattern, isUnder, pathPattern, resolvePath, trimTrailingSlashes } from './model/paths.js';
export { resolveStage, stageRefs, stagesNeeded } from './model/stage-refs.js';
export type { StageRef } from './model/stage-refs.js';
export * from './knowledge/path-writers.js';
export { eol, indentAt, wholeLines } from './text/lines.js';
export * from './context/index.js';
export type { FixAllOptions, FixAllResult } from './fix-all.js';
export { LineIndex } from './text/line-index.js';
export { GENERIC_PARTICLE, josa, resolveLocalized, resolveParticles, wrongParticles } from './text/korean.js';
export { inStyleOf, lineBreakStyle, withLfForLoneCr } from './text/line-breaks.js';
export type * from './model/types.js';
export { DESCRIBES_IMAGE } from './knowledge/instructions.js';
export { PACKAGE_MANAGERS, packageManagerOf } from './knowledge/package-managers.js';
export type { PackageManager, PackageManagerId } from './knowledge/package-managers.js';
export {
  packageManagerCall,
  cleansCache,
  isInstall,
  isUpdate,
  isUpgrade,
  matchesPattern,
} from './knowledge/invocation.js';
export type { PackageManagerCall } from './knowledge/invocation.js';
export * from './knowledge/ecosystems.js';
export * from './knowledge/dockerignore.js';
export * from './knowledge/base-images.js';
export * from './knowledge/install-locations.js';
export * from './knowledge/image-tags.js';
export * from './knowledge/image-distros.js';
export * from './knowledge/runtime-libraries.js';
export * from './knowledge/python-native-packages.js';
export * from './knowledge/dotnet-projects.js';
export * from './knowledge/js-bundlers.js';
export * from './knowledge/toolchains.js';
export * from './knowledge/jlink.js';
export * from './knowledge/dependency-prefetch.js';
export * from './knowledge/context-free-programs.js';
export * from './knowledge/node-install-scripts.js';
export * from './knowledge/cache-mounts.js';
export * from './knowledge/externally-managed-python.js';
export {
  APP_WRITABLE_DIRS,
  DOTNET_APP_USER,
  dotnetAppUser,
  PRIVILEGE_DROPPERS,
  shippedUser,
} from './knowledge/nonroot-images.js';
export { baseImageUser, effectiveUserAt } from './rules/support/effective-user.js';
export type { EffectiveUser } from './rules/support/effective-user.js';
export * as shell from './shell/index.js';
export type * from './shell/types.js';
export { RULES } from './rules/index.js';
export { PEER_RULES } from './knowledge/peer-rules.js';
export type { PeerRule } from './knowledge/peer-rules.js';
export { RuleLookup, normalizeKey } from './rules/lookup.js';
export type { Rule, RuleMeta, PracticeId } from './rules/define.js';
export type * from './types.js';
export { SEVERITY_ORDER } from './types.js';

import { RULES } from './rules/index.js';
/** The rule catalogue: every rule's metadata (ids, titles, explanations, examples in en/ko). */
export const rules = RULES.map((r) => r.meta);
export { secretFileReason } from './rules/support/secrets.js';
