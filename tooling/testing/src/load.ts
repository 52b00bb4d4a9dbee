import { coreEmbeddedEntry, coreEntry, dbSchemaEntry } from './paths';

// Loaded by path, not as package dependencies: see paths.ts (every package depends on this harness).
export const core = () => import(coreEntry) as Promise<typeof import('../../../packages/core/src/index')>;
export const coreEmbedded = () =>
  import(coreEmbeddedEntry) as Promise<typeof import('../../../packages/core/src/embedded')>;
export const schemaModule = () =>
  import(dbSchemaEntry) as Promise<typeof import('../../../packages/db/src/schema')>;
