/**
 * Soft-delete aware reads and writes, and keyset pagination, for any table built with the column helpers.
 * Reads through `live()` exclude soft-deleted rows by default; `softDeleteWhere`/`restoreWhere`/`purgeDeleted` are the only
 * sanctioned ways to move a row in or out of that state (the audit trigger records each as such).
 */
import { and, asc, desc, isNotNull, isNull, lt, type SQL, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Db } from './client';

type SoftDeletable = PgTable & { deletedAt: PgColumn; deletedBy: PgColumn };

/** The condition that keeps soft-deleted rows out, combined with an optional filter. */
export function live(table: { deletedAt: PgColumn }, where?: SQL): SQL {
  return where ? (and(isNull(table.deletedAt), where) as SQL) : isNull(table.deletedAt);
}

// The row types are spelled out: inferred, drizzle's conditional types leak unbound names
// (TNullability, TDeep) into the published .d.ts, which then types these results as nothing useful.

/** Soft-delete matching rows that are not deleted yet; returns the affected rows. */
export async function softDeleteWhere<T extends SoftDeletable>(
  db: Db,
  table: T,
  where: SQL,
): Promise<T['$inferSelect'][]> {
  const rows = await db
    .update(table)
    .set({ deletedAt: sql`now()` } as never)
    .where(and(isNull(table.deletedAt), where))
    .returning();
  return rows as T['$inferSelect'][];
}

/** Bring soft-deleted rows back. A unique index may refuse if another live row took the value meanwhile. */
export async function restoreWhere<T extends SoftDeletable>(
  db: Db,
  table: T,
  where: SQL,
): Promise<T['$inferSelect'][]> {
  const rows = await db
    .update(table)
    .set({ deletedAt: null, deletedBy: null } as never)
    .where(and(isNotNull(table.deletedAt), where))
    .returning();
  return rows as T['$inferSelect'][];
}

/** Permanently remove rows soft-deleted before `before` (retention); returns how many went. */
export async function purgeDeleted<T extends SoftDeletable>(
  db: Db,
  table: T,
  opts: { before: Date; where?: SQL },
) {
  const rows = await db
    .delete(table)
    .where(and(isNotNull(table.deletedAt), lt(table.deletedAt, opts.before), opts.where))
    .returning();
  return rows.length;
}

export interface Page<T> {
  items: T[];
  /** Opaque cursor for the next page; null on the last page. */
  nextCursor: string | null;
}

export function encodeCursor(values: unknown[]): string {
  return Buffer.from(
    JSON.stringify(values.map((v) => (v instanceof Date ? { $d: v.toISOString() } : v))),
  ).toString('base64url');
}

export function decodeCursor(cursor: string): unknown[] {
  try {
    const raw = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if (!Array.isArray(raw)) throw new Error();
    return raw.map((v) => (v && typeof v === 'object' && '$d' in v ? new Date((v as { $d: string }).$d) : v));
  } catch {
    throw new RangeError('invalid pagination cursor');
  }
}

/**
 * Keyset pagination: rows ordered by `keys` (all in one direction; the last key must be unique, e.g. `id`),
 * continuing strictly after `cursor`. Costs the same on page 1 and page 10 000, unlike OFFSET.
 */
export async function paginate<TRow extends Record<string, unknown>>(
  db: Db,
  opts: {
    table: PgTable;
    keys: PgColumn[];
    direction?: 'asc' | 'desc';
    where?: SQL;
    cursor?: string | null;
    limit?: number;
  },
): Promise<Page<TRow>> {
  const limit = Math.min(Math.max(opts.limit ?? 20, 1), 500);
  const dir = opts.direction ?? 'desc';
  const conditions: (SQL | undefined)[] = [opts.where];
  if (opts.cursor) {
    const values = decodeCursor(opts.cursor);
    if (values.length !== opts.keys.length) throw new RangeError('invalid pagination cursor');
    const cols = sql.join(
      opts.keys.map((k) => sql`${k}`),
      sql`, `,
    );
    // Values travel as text cast to the key's own type, exactly as the database printed them.
    const vals = sql.join(
      values.map((v, i) => {
        return sql`cast(${String(v)} as ${sql.raw(opts.keys[i]!.getSQLType())})`;
      }),
      sql`, `,
    );
    conditions.push(dir === 'desc' ? sql`(${cols}) < (${vals})` : sql`(${cols}) > (${vals})`);
  }
  // The cursor carries each key as the database's own text, so timestamps keep their microseconds
  // (a JS Date would round them to milliseconds and skip or repeat rows).
  const cursorSql = sql<string[]>`json_build_array(${sql.join(
    opts.keys.map((k) => sql`${k}::text`),
    sql`, `,
  )})`;
  const rows = (await db
    .select({ row: opts.table as never, cursorKeys: cursorSql })
    .from(opts.table)
    .where(and(...conditions))
    .orderBy(...opts.keys.map((k) => (dir === 'desc' ? desc(k) : asc(k))))
    .limit(limit + 1)) as unknown as { row: TRow; cursorKeys: string[] }[];
  const items = rows.slice(0, limit).map((r) => r.row);
  const last = rows[limit - 1];
  const nextCursor = rows.length > limit && last ? encodeCursor(last.cursorKeys) : null;
  return { items, nextCursor };
}
