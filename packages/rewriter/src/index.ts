export { rewrite } from './rewrite.js';
export type * from './types.js';
