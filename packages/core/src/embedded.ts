/**
 * `@touriquest/core/embedded`: PGlite with PostGIS and the contrib extensions, in-process. A separate entry
 * so that a service talking to a server neither loads nor bundles the WASM engine: @electric-sql/pglite and
 * @electric-sql/pglite-postgis are optional peer dependencies that only this entry needs.
 *
 *   const { db } = await createDb({ embedded: pglite, dataDir: 'memory://', schema });
 */
import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { btree_gin } from '@electric-sql/pglite/contrib/btree_gin';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { citext } from '@electric-sql/pglite/contrib/citext';
import { ltree } from '@electric-sql/pglite/contrib/ltree';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { postgis } from '@electric-sql/pglite-postgis';
import { drizzle } from 'drizzle-orm/pglite';
import { DatabaseConnectionError, type Db, type EmbeddedEngine } from './client';
import { requiredExtensions } from './logic/bootstrap';

export async function openPglite(opts: { dataDir: string; loadDataDir?: Blob }): Promise<PGlite> {
  const extensions = { postgis, pg_trgm, btree_gist, btree_gin, citext, ltree, unaccent };
  // Keep the engine list and the SQL list in one place: a new extension must be added to both.
  for (const e of requiredExtensions) {
    if (!(e in extensions))
      throw new DatabaseConnectionError(`PGlite has no module loaded for extension ${e}`);
  }
  if (!opts.dataDir.startsWith('memory://')) mkdirSync(opts.dataDir, { recursive: true });
  return PGlite.create({
    dataDir: opts.dataDir,
    extensions,
    ...(opts.loadDataDir ? { loadDataDir: opts.loadDataDir } : {}),
  });
}

/** The embedded engine for `createDb({ embedded: pglite })`: persisted in `dataDir`, or `memory://`. */
export const pglite: EmbeddedEngine = {
  async open({ dataDir, loadDataDir, schema, logger }) {
    const pg = await openPglite({ dataDir, loadDataDir });
    const db = drizzle({ client: pg, schema, casing: 'snake_case', logger }) as unknown as Db<
      NonNullable<typeof schema>
    >;
    return { db, engine: 'pglite', target: dataDir, client: pg, close: () => pg.close() };
  },
};
