export { rewrite, rewriteAnalyzed } from './rewrite.js';
export type * from './types.js';
