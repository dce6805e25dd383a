import { ruleFixTransform } from './rule-fix.js';

/** ADD of local files → COPY. */
export const transform = ruleFixTransform('add-to-copy', ['DOP090']);
