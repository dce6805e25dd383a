/**
 * Helpers shared by the "users, ARG/ENV, secrets" rules, one module a job: users.ts, secrets.ts,
 * variables.ts. Kept so that imports of this path keep working; new code imports the module it needs.
 */
export * from './secrets.js';
export * from './users.js';
export * from './variables.js';
