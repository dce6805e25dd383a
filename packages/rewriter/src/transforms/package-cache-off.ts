import { ruleFixTransform } from './rule-fix.js';

/** Keep package caches out of layers: `apk add --no-cache`, `pip --no-cache-dir`. */
export const transform = ruleFixTransform('package-cache-off', ['DOP058', 'DOP070']);
