/**
 * The few places that need the raw client rather than Drizzle: multi-statement scripts (migrations, the
 * repeatable logic) run over the simple query protocol, which Drizzle's prepared `execute` cannot do.
 */
import type { PGlite, Transaction as PgliteTx } from '@electric-sql/pglite';
import { type SQL, sql } from 'drizzle-orm';
import type { Sql, TransactionSql } from 'postgres';
import type { Database, Db } from './client';

export interface ScriptSession {
  /** Run a script of one or more statements. */
  exec(script: string): Promise<void>;
  query<R = Record<string, unknown>>(text: string, params?: unknown[]): Promise<R[]>;
}

/** Run `fn` in one transaction on the raw client; everything it did rolls back if it throws. */
export async function rawTransaction<T>(
  database: Database<any>,
  fn: (s: ScriptSession) => Promise<T>,
): Promise<T> {
  if (database.engine === 'pglite') {
    const pg = database.client as PGlite;
    return pg.transaction(async (tx: PgliteTx) =>
      fn({
        exec: async (script) => {
          await tx.exec(script);
        },
        query: async <R>(text: string, params?: unknown[]) => (await tx.query<R>(text, params as any[])).rows,
      }),
    );
  }
  const client = database.client as Sql;
  return client.begin(async (tx: TransactionSql) =>
    fn({
      exec: async (script) => {
        await tx.unsafe(script).simple();
      },
      query: async <R>(text: string, params?: unknown[]) =>
        (await tx.unsafe(text, params as any[])) as unknown as R[],
    }),
  ) as Promise<T>;
}

/** Rows of a Drizzle `execute`, whichever driver answered (postgres.js returns an array, PGlite `{ rows }`). */
export async function queryRows<R = Record<string, unknown>>(db: Db, query: SQL): Promise<R[]> {
  const result = (await db.execute(query)) as unknown;
  if (Array.isArray(result)) return result as R[];
  return ((result as { rows?: R[] }).rows ?? []) as R[];
}

export async function queryOne<R = Record<string, unknown>>(db: Db, query: SQL): Promise<R | undefined> {
  return (await queryRows<R>(db, query))[0];
}

export { sql };

/**
 * Run `fn` on one dedicated connection outside any transaction (for statements PostgreSQL refuses inside
 * one, such as `create index concurrently`). Session settings the caller makes must be reset by the caller.
 */
export async function rawSession<T>(
  database: Database<any>,
  fn: (s: ScriptSession) => Promise<T>,
): Promise<T> {
  if (database.engine === 'pglite') {
    const pg = database.client as PGlite;
    return fn({
      exec: async (script) => {
        await pg.exec(script);
      },
      query: async <R>(text: string, params?: unknown[]) => (await pg.query<R>(text, params as any[])).rows,
    });
  }
  const reserved = await (database.client as Sql).reserve();
  try {
    return await fn({
      exec: async (script) => {
        await reserved.unsafe(script).simple();
      },
      query: async <R>(text: string, params?: unknown[]) =>
        (await reserved.unsafe(text, params as any[])) as unknown as R[],
    });
  } finally {
    reserved.release();
  }
}
