import { ruleFixTransform } from './rule-fix.js';

/** `--no-install-recommends` on apt-get install (and weak dependencies off for dnf). */
export const transform = ruleFixTransform('no-install-recommends', ['DOP051', 'DOP069']);
