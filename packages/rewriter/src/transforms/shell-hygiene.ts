import { ruleFixTransform } from './rule-fix.js';

/** Shell fixes: useradd -l, no sudo, quiet wget. */
export const transform = ruleFixTransform('shell-hygiene', ['DOP032', 'DOP033', 'DOP079']);
