import { ruleFixTransform } from './rule-fix.js';

/** `apt-get install` → `apt-get install -y` (and the same for yum, dnf, zypper). */
export const transform = ruleFixTransform('non-interactive-install', [
  'DOP050',
  'DOP060',
  'DOP061',
  'DOP062',
]);
