import { ruleFixTransform } from './rule-fix.js';

/** `ENV key value` → `ENV key=value`; consecutive ENV and LABEL merged. */
export const transform = ruleFixTransform('key-value-format', ['DOP115', 'DOP116']);
