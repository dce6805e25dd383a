import { ruleFixTransform } from './rule-fix.js';

/** Clean the package index and cache in the RUN that made them (apt lists, yum/dnf/zypper caches, yarn cache). */
export const transform = ruleFixTransform('package-cache-clean', [
  'DOP052',
  'DOP063',
  'DOP064',
  'DOP065',
  'DOP075',
  'DOP077',
]);
