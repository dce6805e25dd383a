import { ruleFixTransform } from './rule-fix.js';

/** Small syntax repairs: destination slash, keyword casing, empty continuation lines, EXPOSE protocol casing. */
export const transform = ruleFixTransform('tidy-syntax', [
  'DOP003',
  'DOP004',
  'DOP005',
  'DOP006',
  'DOP011',
  'DOP121',
]);
