export type { Db, Queryable } from './types.js';
export { openDb } from './open.js';
export { openPglite, type PgliteDb } from './pglite.js';
export { openPostgres } from './postgres.js';
export { migrate } from './migrate.js';
