import type { Transform, TransformContext } from '../transform.js';
import { transform as dependenciesBeforeSource } from './dependencies-before-source.js';
import { transform as dependencyPrefetch } from './dependency-prefetch.js';
import { entrypointScriptNotes } from './entrypoint-script.js';
import { transform as npmStart } from './npm-start.js';
import { transform as npmCi } from './npm-ci.js';
import { transform as cacheMounts } from './cache-mounts.js';
import { transform as lateCleanup } from './late-cleanup.js';
import { transform as multiStage } from './multi-stage.js';
import { unpinnableNotes } from './pin-base-tag.js';
import { ruleFixTransform } from './rule-fix.js';
import { transform as stepsBeforeSource } from './steps-before-source.js';
import { transform as systemPip } from './system-pip.js';

/**
 * One step of the rewrite. `fix-of-rule`: the rules' own fixes (the rule proves the problem and
 * carries the edit). `restructure`: a transform that changes the file's structure (stages, the
 * order of the build, RUNs joined), for rules whose metadata names it in `restructuredBy`.
 * `id` is public (the change ids, the app's switches and permalinks use it): never rename one.
 */
export type Step =
  | { id: string; kind: 'fix-of-rule'; rules: readonly string[]; notes?: (ctx: TransformContext) => void }
  | { id: string; kind: 'restructure'; rules: readonly string[]; transform: Transform };

/** A step made of the named rules' own fixes (rule ids separated by spaces). */
const fix = (id: string, rules: string, notes?: (ctx: TransformContext) => void): Step => ({
  id,
  kind: 'fix-of-rule',
  rules: rules.split(' '),
  ...(notes ? { notes } : {}),
});
/** A restructuring transform and the rules it resolves (rule ids separated by spaces; may be none). */
const restructure = (transform: Transform, rules: string): Step => ({
  id: transform.id,
  kind: 'restructure',
  rules: rules ? rules.split(' ') : [],
  transform,
});

/**
 * Every step, in the order they run: syntax first, local fixes, restructuring, then the
 * directive. One line a step.
 */
export const STEPS: readonly Step[] = [
  fix('tidy-syntax', 'DOP003 DOP004 DOP005 DOP006 DOP011 DOP121'),
  fix('pin-base-tag', 'DOP020 DOP021', unpinnableNotes),
  fix('key-value-format', 'DOP115 DOP116'),
  fix('maintainer-label', 'DOP110'),
  fix('add-to-copy', 'DOP090'),
  fix('exec-form', 'DOP040 DOP007 DOP043', entrypointScriptNotes),
  fix('apt-get-not-apt', 'DOP054'),
  fix('merge-update-install', 'DOP053'),
  fix('non-interactive-install', 'DOP050 DOP060 DOP061 DOP062'),
  fix('no-install-recommends', 'DOP051 DOP069'),
  fix('package-cache-off', 'DOP058 DOP070'),
  fix('package-cache-clean', 'DOP052 DOP063 DOP064 DOP065 DOP075 DOP077'),
  fix('sort-packages', 'DOP057'),
  fix('build-args', 'DOP027 DOP133 DOP134'),
  fix('shell-hygiene', 'DOP032 DOP033 DOP079'),
  restructure(lateCleanup, 'DOP088 DOP096'),
  restructure(cacheMounts, ''),
  fix('cd-to-workdir', 'DOP081'),
  fix('chown-on-copy', 'DOP095'),
  restructure(dependenciesBeforeSource, 'DOP094'),
  restructure(npmCi, ''),
  restructure(dependencyPrefetch, ''),
  restructure(npmStart, ''),
  restructure(multiStage, 'DOP028 DOP029 DOP030 DOP078'),
  restructure(stepsBeforeSource, ''),
  restructure(systemPip, 'DOP140'),
  fix('syntax-directive', 'DOP150'),
];

/** The steps as the pipeline runs them. */
export const TRANSFORMS: readonly Transform[] = STEPS.map((s) =>
  s.kind === 'fix-of-rule' ? ruleFixTransform(s.id, s.rules, s.notes) : s.transform,
);
