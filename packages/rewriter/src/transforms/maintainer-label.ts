import { ruleFixTransform } from './rule-fix.js';

/** MAINTAINER → the OCI authors label. */
export const transform = ruleFixTransform('maintainer-label', ['DOP110']);
