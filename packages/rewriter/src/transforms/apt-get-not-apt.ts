import { ruleFixTransform } from './rule-fix.js';

/** `apt` → `apt-get`: apt's command line is not stable for scripts. */
export const transform = ruleFixTransform('apt-get-not-apt', ['DOP054']);
