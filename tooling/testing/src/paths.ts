import { fileURLToPath } from 'node:url';

/**
 * The harness loads the database bundle by path instead of depending on `@touriquest/db`: every schema
 * package depends on this harness for its tests, and a package dependency back to the top package would
 * make the workspace graph cyclic.
 */
const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
export const coreEntry = `${repoRoot}packages/core/src/index.ts`;
export const coreEmbeddedEntry = `${repoRoot}packages/core/src/embedded.ts`;
export const dbMigrateEntry = `${repoRoot}packages/db/src/migrate.ts`;
export const dbLogicEntry = `${repoRoot}packages/db/src/logic.ts`;
export const dbSchemaEntry = `${repoRoot}packages/db/src/schema.ts`;
/** Names of the databases tests make on the server start with this (a shared server: one prefix per checkout). */
export const testDatabasePrefix = process.env.TEST_DATABASE_PREFIX || 'tq';
export const cacheDir = `${repoRoot}node_modules/.cache/touriquest`;
