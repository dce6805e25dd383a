import { ruleFixTransform } from './rule-fix.js';

/** `# syntax=docker/dockerfile:1` when the file uses features that need it. */
export const transform = ruleFixTransform('syntax-directive', ['DOP150']);
