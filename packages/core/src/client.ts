/**
 * One place that opens the database, for services, the CLI and tests alike: PostgreSQL through postgres.js
 * when a URL is given (or DATABASE_URL is set), or the embedded PGlite when the caller asks for it with
 * `embedded: pglite` from `@touriquest/core/embedded` (that entry alone loads the WASM engine).
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type { Sql } from 'postgres';
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
  /** The raw client: postgres.js `Sql` or a `PGlite` instance (cast it to `PGlite` when `engine` is 'pglite'). */
  client: Sql | EmbeddedClient;
  /** The read replicas `db` routes reads to (see replicas.ts); absent without replicas. */
  replicas?: Database<TSchema>[];
}

/**
 * A PGlite instance as the main entry types it: structurally, so that a service's `tsc` never needs
 * @electric-sql/pglite (an optional peer) installed to read these declarations.
 */
export interface EmbeddedClient {
  close(): Promise<void>;
  dumpDataDir(compression?: 'auto' | 'gzip' | 'none'): Promise<File | Blob>;
}

/**
 * Opens the embedded engine for createDb. The one there is, `pglite`, lives in `@touriquest/core/embedded`,
 * so a service that talks to a server neither installs nor bundles PGlite.
 */
export interface EmbeddedEngine {
  open<TSchema extends Record<string, unknown>>(opts: {
    dataDir: string;
    loadDataDir?: Blob;
    schema?: TSchema;
    logger: boolean;
  }): Promise<Database<TSchema>>;
}

/** How long createDb waits for a server's first answer unless told otherwise (DB_CONNECT_TIMEOUT_MS). */
export const defaultConnectTimeoutMs = 5000;

export interface CreateDbOptions<TSchema extends Record<string, unknown>> {
  schema?: TSchema;
  /** PostgreSQL URL; defaults to DATABASE_URL. Without either (and without `embedded`) createDb throws. */
  url?: string;
  /** PGlite data directory (`memory://` for an in-memory database); defaults to TOURIQUEST_DATA_DIR or `<repo>/.data/pglite`. */
  dataDir?: string;
  /** Load PGlite from a `dumpDataDir()` tarball instead of an empty directory (tests boot from a migrated template). */
  loadDataDir?: Blob;
  /** The embedded engine (`pglite` from `@touriquest/core/embedded`); used even when DATABASE_URL is set. */
  embedded?: EmbeddedEngine;
  /**
   * Milliseconds to wait for a server to connect and answer, then fail with the reason (per connection of
   * the pool too); defaults to DB_CONNECT_TIMEOUT_MS or 5000. A silent server would otherwise hold for 30 s.
   */
  connectTimeoutMs?: number;
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

export async function createDb<TSchema extends Record<string, unknown> = Record<string, never>>(
  options: CreateDbOptions<TSchema> = {},
): Promise<Database<TSchema>> {
  const env = options.env ?? process.env;
  const logger = options.logger ?? envFlag(env.DB_ECHO);
  const casing = 'snake_case' as const;

  if (options.embedded) {
    if (options.replicaUrls?.length)
      throw new DatabaseConnectionError('read replicas need a PostgreSQL primary (url or DATABASE_URL)');
    const dataDir = options.dataDir ?? defaultDataDir(env);
    return options.embedded.open({
      dataDir,
      loadDataDir: options.loadDataDir,
      schema: options.schema,
      logger,
    });
  }
  // A service without its URL must not quietly start on an empty embedded database of its own.
  const url = options.url || env.DATABASE_URL;
  if (!url)
    throw new DatabaseConnectionError(
      'no database to connect to: set DATABASE_URL (postgres://user@host:5432/dbname) or pass { url }; ' +
        'for the embedded PGlite pass { embedded: pglite } from @touriquest/core/embedded',
    );

  const parsed = parsePostgresUrl(url);
  const pgbouncer =
    options.pgbouncer ?? (envFlag(env.DB_PGBOUNCER) || parsed.searchParams.get('pgbouncer') === 'true');
  parsed.searchParams.delete('pgbouncer');
  const poolSize = options.poolSize ?? Number(env.DB_POOL_SIZE ?? 10);
  const statementTimeoutMs =
    options.statementTimeoutMs ??
    (env.DB_STATEMENT_TIMEOUT_MS ? Number(env.DB_STATEMENT_TIMEOUT_MS) : undefined);
  const connectTimeoutMs =
    options.connectTimeoutMs ??
    (env.DB_CONNECT_TIMEOUT_MS ? Number(env.DB_CONNECT_TIMEOUT_MS) : defaultConnectTimeoutMs);
  if (!(Number.isInteger(connectTimeoutMs) && connectTimeoutMs > 0)) {
    throw new DatabaseConnectionError(
      `connect timeout must be a positive integer of milliseconds, got ${options.connectTimeoutMs ?? env.DB_CONNECT_TIMEOUT_MS}`,
    );
  }
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
    connect_timeout: connectTimeoutMs / 1000,
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
    await client.end({ timeout: 0 }).catch(() => {});
    throw new DatabaseConnectionError(
      `cannot connect to PostgreSQL at ${target}: ${connectFailure(err, connectTimeoutMs)}`,
    );
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
      replicas.push(await createDb({ ...options, url, embedded: undefined, replicaUrls: [] }));
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

/** One line a person can act on, for the failures seen when a server is down, silent or elsewhere. */
function connectFailure(err: unknown, timeoutMs: number): string {
  const e = err as { code?: string; message?: string };
  // postgres.js's connect_timeout runs until the server's first ReadyForQuery: it covers a silent server.
  if (e.code === 'CONNECT_TIMEOUT')
    return `no answer within ${timeoutMs} ms (connectTimeoutMs, DB_CONNECT_TIMEOUT_MS): the host is unreachable, or it accepted the connection and never answered`;
  if (e.code === 'ECONNREFUSED') return 'connection refused: nothing listens on that host and port';
  if (e.code === 'ENOTFOUND' || e.code === 'EAI_AGAIN') return `host not found (${e.code})`;
  return e.message ?? String(err);
}
