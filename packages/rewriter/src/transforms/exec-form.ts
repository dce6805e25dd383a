import { ruleFixTransform } from './rule-fix.js';

/** Shell-form CMD/ENTRYPOINT → exec form, where that keeps the meaning. */
export const transform = ruleFixTransform('exec-form', ['DOP040', 'DOP007']);
