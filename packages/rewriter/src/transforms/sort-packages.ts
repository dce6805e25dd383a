import { ruleFixTransform } from './rule-fix.js';

/** Package lists sorted and deduplicated, one per line. */
export const transform = ruleFixTransform('sort-packages', ['DOP057']);
