import { ruleFixTransform } from './rule-fix.js';

/** Build-time settings kept out of the image and visible where used: redundant platform flags, global ARGs redeclared, DEBIAN_FRONTEND as ARG. */
export const transform = ruleFixTransform('build-args', ['DOP027', 'DOP133', 'DOP134']);
