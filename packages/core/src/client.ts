/**
 * One place that opens the database, for services, the CLI and tests alike: PostgreSQL through postgres.js
 * when a URL is given (or DATABASE_URL is set), otherwise embedded PGlite persisted under `.data/`.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type { Sql } from 'postgres';
import { requiredExtensions } from './logic/bootstrap';
import { withTransactionTimeout } from './statement-timeout';

export type Engine = 'postgres' | 'pglite';

/** Any Drizzle PostgreSQL database or transaction, whichever engine is underneath. */
export type Db<TSchema extends Record<string, unknown> = any> = PgDatabase<PgQueryResultHKT, TSchema>;

export interface Database<TSchema extends Record<string, unknown> = Record<string, never>> {
  db: Db<TSchema>;
  engine: Engine;
  /** Where the data lives: the server URL without its password, or the PGlite data directory. */
  target: string;
  close(): Promise<void>;
  /** The raw client: postgres.js `Sql` or a `PGlite` instance. */
  client: Sql | PGlite;
  /** The read replicas `db` routes reads to (see replicas.ts); absent without replicas. */
  replicas?: Database<TSchema>[];
}

export interface CreateDbOptions<TSchema extends Record<string, unknown>> {
  schema?: TSchema;
  /** PostgreSQL URL; defaults to DATABASE_URL. When neither is set the embedded database is used. */
  url?: string;
  /** PGlite data directory (`memory://` for an in-memory database); defaults to TOURIQUEST_DATA_DIR or `<repo>/.data/pglite`. */
  dataDir?: string;
  /** Load PGlite from a `dumpDataDir()` tarball instead of an empty directory (tests boot from a migrated template). */
  loadDataDir?: Blob;
  /** Force the embedded engine even when DATABASE_URL is set. */
  embedded?: boolean;
  poolSize?: number;
  statementTimeoutMs?: number;
  /**
   * PgBouncer in transaction mode: no prepared statements and no session startup parameters; a
   * `statementTimeoutMs` is then set in every transaction (statement-timeout.ts).
   */
  pgbouncer?: boolean;
  logger?: boolean;
  /**
   * Streaming replicas for reads; defaults to DATABASE_REPLICA_URLS (comma-separated). Each gets the same
   * client settings as the primary. Routing and read-your-writes: replicas.ts.
   */
  replicaUrls?: string[];
  env?: NodeJS.ProcessEnv;
}

export class DatabaseConnectionError extends Error {
  override name = 'DatabaseConnectionError';
}

/** `postgres://user:secret@host/db` → `postgres://user@host/db`: a URL we may print. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    u.password = '';
    return u.toString().replace(/:@/, '@');
  } catch {
    return '<invalid url>';
  }
}

function findRepoRoot(from = process.cwd()): string {
  let dir = resolve(from);
  while (true) {
    if (existsSync(join(dir, 'pnpm-workspace.yaml'))) return dir;
    const up = dirname(dir);
    if (up === dir) return resolve(from);
    dir = up;
  }
}

export function defaultDataDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.TOURIQUEST_DATA_DIR ?? join(findRepoRoot(), '.data', 'pglite');
}

function envFlag(v: string | undefined): boolean {
  return v === '1' || v === 'true' || v === 'yes';
}

export function parsePostgresUrl(url: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new DatabaseConnectionError(
      `DATABASE_URL is not a valid URL (expected postgres://user@host:5432/dbname)`,
    );
  }
  if (parsed.protocol !== 'postgres:' && parsed.protocol !== 'postgresql:') {
    throw new DatabaseConnectionError(
      `DATABASE_URL must start with postgres:// or postgresql://, got ${parsed.protocol}//`,
    );
  }
  return parsed;
}

export async function openPglite(opts: { dataDir: string; loadDataDir?: Blob }): Promise<PGlite> {
  const [{ PGlite }, { postgis }, { pg_trgm }, { btree_gist }, { citext }, { ltree }, { unaccent }] =
    await Promise.all([
      import('@electric-sql/pglite'),
      import('@electric-sql/pglite-postgis'),
      import('@electric-sql/pglite/contrib/pg_trgm'),
      import('@electric-sql/pglite/contrib/btree_gist'),
      import('@electric-sql/pglite/contrib/citext'),
      import('@electric-sql/pglite/contrib/ltree'),
      import('@electric-sql/pglite/contrib/unaccent'),
    ]);
  const extensions = { postgis, pg_trgm, btree_gist, citext, ltree, unaccent };
  // Keep the engine list and the SQL list in one place: a new extension must be added to both.
  for (const e of requiredExtensions) {
    if (!(e in extensions))
      throw new DatabaseConnectionError(`PGlite has no module loaded for extension ${e}`);
  }
  if (!opts.dataDir.startsWith('memory://')) mkdirSync(opts.dataDir, { recursive: true });
  const pg = await PGlite.create({
    dataDir: opts.dataDir,
    extensions,
    ...(opts.loadDataDir ? { loadDataDir: opts.loadDataDir } : {}),
  });
  return pg;
}

export async function createDb<TSchema extends Record<string, unknown> = Record<string, never>>(
  options: CreateDbOptions<TSchema> = {},
): Promise<Database<TSchema>> {
  const env = options.env ?? process.env;
  const url = options.embedded ? undefined : (options.url ?? env.DATABASE_URL);
  const logger = options.logger ?? envFlag(env.DB_ECHO);
  const casing = 'snake_case' as const;

  if (!url) {
    if (options.replicaUrls?.length)
      throw new DatabaseConnectionError('read replicas need a PostgreSQL primary (url or DATABASE_URL)');
    const dataDir = options.dataDir ?? defaultDataDir(env);
    const pg = await openPglite({ dataDir, loadDataDir: options.loadDataDir });
    const { drizzle } = await import('drizzle-orm/pglite');
    const db = drizzle({ client: pg, schema: options.schema, casing, logger }) as unknown as Db<TSchema>;
    return { db, engine: 'pglite', target: dataDir, client: pg, close: () => pg.close() };
  }

  const parsed = parsePostgresUrl(url);
  const pgbouncer =
    options.pgbouncer ?? (envFlag(env.DB_PGBOUNCER) || parsed.searchParams.get('pgbouncer') === 'true');
  parsed.searchParams.delete('pgbouncer');
  const poolSize = options.poolSize ?? Number(env.DB_POOL_SIZE ?? 10);
  const statementTimeoutMs =
    options.statementTimeoutMs ??
    (env.DB_STATEMENT_TIMEOUT_MS ? Number(env.DB_STATEMENT_TIMEOUT_MS) : undefined);
  if (!Number.isInteger(poolSize) || poolSize < 1) {
    throw new DatabaseConnectionError(`DB_POOL_SIZE must be a positive integer, got ${env.DB_POOL_SIZE}`);
  }
  if (
    statementTimeoutMs !== undefined &&
    !(Number.isInteger(statementTimeoutMs) && statementTimeoutMs >= 0)
  ) {
    throw new DatabaseConnectionError(
      `statement timeout must be a non-negative integer of milliseconds, got ${statementTimeoutMs}`,
    );
  }
  const { default: postgres } = await import('postgres');
  const pooled = postgres(parsed.toString(), {
    max: poolSize,
    // PgBouncer in transaction mode hands each transaction to any server connection: named prepared
    // statements would be missing there, and startup parameters are rejected.
    prepare: !pgbouncer,
    onnotice: () => {},
    connection:
      pgbouncer || statementTimeoutMs === undefined ? {} : { statement_timeout: statementTimeoutMs },
  });
  // Behind PgBouncer the timeout cannot be a startup parameter: it is set in every transaction instead.
  const client =
    pgbouncer && statementTimeoutMs !== undefined
      ? withTransactionTimeout(pooled, statementTimeoutMs)
      : pooled;
  const target = redactUrl(url);
  try {
    await client`select 1`;
  } catch (err) {
    await client.end({ timeout: 1 }).catch(() => {});
    const reason = err instanceof Error ? err.message : String(err);
    throw new DatabaseConnectionError(`cannot connect to PostgreSQL at ${target}: ${reason}`);
  }
  const { drizzle } = await import('drizzle-orm/postgres-js');
  const db = drizzle({ client, schema: options.schema, casing, logger }) as unknown as Db<TSchema>;
  const primary: Database<TSchema> = {
    db,
    engine: 'postgres',
    target,
    client,
    close: () => client.end({ timeout: 5 }),
  };
  const replicaUrls =
    options.replicaUrls ??
    (env.DATABASE_REPLICA_URLS ?? '')
      .split(',')
      .map((u) => u.trim())
      .filter(Boolean);
  return replicaUrls.length ? withReadReplicas(primary, replicaUrls, options) : primary;
}

async function withReadReplicas<TSchema extends Record<string, unknown>>(
  primary: Database<TSchema>,
  urls: string[],
  options: CreateDbOptions<TSchema>,
): Promise<Database<TSchema>> {
  const replicas: Database<TSchema>[] = [];
  try {
    for (const url of urls)
      replicas.push(await createDb({ ...options, url, embedded: false, replicaUrls: [] }));
  } catch (err) {
    await Promise.all([primary, ...replicas].map((d) => d.close().catch(() => {})));
    throw err;
  }
  const { withReplicas } = await import('drizzle-orm/pg-core');
  const db = withReplicas(primary.db, replicas.map((r) => r.db) as [Db<TSchema>, ...Db<TSchema>[]]);
  return {
    ...primary,
    db: db as unknown as Db<TSchema>,
    replicas,
    close: async () => {
      await Promise.all([primary, ...replicas].map((d) => d.close()));
    },
  };
}
