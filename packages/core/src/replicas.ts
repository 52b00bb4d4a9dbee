/**
 * Read replicas. `createDb({ replicaUrls })` (or DATABASE_REPLICA_URLS) returns a database whose query
 * builders (`select`, `$count`, `with`, relational `query`) run on a streaming replica, while writes,
 * `execute` (raw SQL) and every transaction run on the primary (Drizzle's `withReplicas`).
 *
 * A replica trails the primary by its replication lag (milliseconds when healthy, unbounded when it falls
 * behind), so three rules keep a booking site correct:
 *  - a read that decides a write (availability right before booking) reads the primary: `primaryOf(db)`;
 *  - right after a write, a request reads through `readYourWrites(db, mark)`: the replica once it has replayed
 *    the write (`markWrite` after the commit), the primary until then;
 *  - anything inside `db.transaction(...)` is on the primary already.
 */
import { type SQL, sql } from 'drizzle-orm';
import type { Database, Db } from './client';

type WithReplicas = Db & { $primary: Db; $replicas: Db[] };

function hasReplicas(db: Db): db is WithReplicas {
  return '$primary' in db && Array.isArray((db as Partial<WithReplicas>).$replicas);
}

async function rows<R>(db: Db, query: SQL): Promise<R[]> {
  const result = (await db.execute(query)) as unknown;
  return (Array.isArray(result) ? result : ((result as { rows?: R[] }).rows ?? [])) as R[];
}

/** The primary behind `db` (`db` itself when it has no replicas, e.g. a transaction or PGlite). */
export function primaryOf<T extends Db>(db: T): T {
  return (hasReplicas(db) ? db.$primary : db) as T;
}

/** The replicas behind `db` (none for a plain database or a transaction). */
export function replicasOf(db: Db): Db[] {
  return hasReplicas(db) ? db.$replicas : [];
}

/** Where a committed write sits in the primary's WAL: a replica that has replayed `lsn` shows the write. */
export interface WriteMark {
  /** `pg_current_wal_lsn()` after the write; null when there are no replicas to wait for. */
  lsn: string | null;
  at: Date;
}

/**
 * Call after a write has committed (outside its transaction). Cheap: one `select` on the primary, and none
 * at all when `db` has no replicas. A service may keep the mark in the user's session for a few seconds.
 */
export async function markWrite(db: Db): Promise<WriteMark> {
  if (!hasReplicas(db)) return { lsn: null, at: new Date() };
  const [r] = await rows<{ lsn: string }>(db.$primary, sql`select pg_current_wal_lsn()::text as lsn`);
  return { lsn: r!.lsn, at: new Date() };
}

async function replayed(replica: Db, lsn: string): Promise<boolean> {
  const [r] = await rows<{ ok: boolean | null }>(
    replica,
    sql`select pg_last_wal_replay_lsn() >= ${lsn}::pg_lsn as ok`,
  );
  return r?.ok === true;
}

/**
 * Wait up to `timeoutMs` for every replica to replay `mark`; true when they have. A replica that is not a
 * standby (replay position null) never counts as caught up.
 */
export async function waitForReplicas(
  db: Db,
  mark: WriteMark,
  opts: { timeoutMs?: number; pollMs?: number } = {},
): Promise<boolean> {
  if (!mark.lsn || !hasReplicas(db)) return true;
  const until = Date.now() + (opts.timeoutMs ?? 0);
  const lsn = mark.lsn;
  while (true) {
    const done = await Promise.all(db.$replicas.map((r) => replayed(r, lsn)));
    if (done.every(Boolean)) return true;
    if (Date.now() >= until) return false;
    await new Promise((r) => setTimeout(r, opts.pollMs ?? 20));
  }
}

/**
 * The database to read with right after the write `mark`: `db` (replica reads) when every replica has
 * replayed it within `waitMs` (default 0: no waiting), otherwise the primary. With no mark, `db`.
 */
export async function readYourWrites<T extends Db>(
  db: T,
  mark: WriteMark | null | undefined,
  opts: { waitMs?: number } = {},
): Promise<T> {
  if (!mark?.lsn || !hasReplicas(db)) return db;
  return (await waitForReplicas(db, mark, { timeoutMs: opts.waitMs ?? 0 })) ? db : primaryOf(db);
}

export interface ReplicaLag {
  replica: number;
  /** WAL the replica has received but not replayed, plus what it has not received yet, in bytes. */
  lagBytes: number;
  /** Time since the last transaction it replayed was committed on the primary; null before the first one. */
  lagSeconds: number | null;
}

/**
 * How far each replica trails the primary, for health checks and alerts. `lagSeconds` grows on an idle
 * primary too (nothing new to replay): judge lag by `lagBytes` first.
 */
export async function replicationLag(database: Database<any> | Db): Promise<ReplicaLag[]> {
  const db = 'db' in database && 'engine' in database ? database.db : (database as Db);
  if (!hasReplicas(db)) return [];
  const [p] = await rows<{ lsn: string }>(db.$primary, sql`select pg_current_wal_lsn()::text as lsn`);
  return Promise.all(
    db.$replicas.map(async (replica, i) => {
      const [r] = await rows<{ bytes: string | null; seconds: number | null }>(
        replica,
        sql`select pg_wal_lsn_diff(${p!.lsn}::pg_lsn, pg_last_wal_replay_lsn())::text as bytes,
                   extract(epoch from now() - pg_last_xact_replay_timestamp())::float8 as seconds`,
      );
      return {
        replica: i,
        // Null replay position: not a standby (or never replayed) — as far behind as it gets.
        lagBytes:
          r?.bytes === null || r?.bytes === undefined
            ? Number.POSITIVE_INFINITY
            : Math.max(0, Number(r.bytes)),
        lagSeconds: r?.seconds === null || r?.seconds === undefined ? null : Number(r.seconds),
      };
    }),
  );
}
