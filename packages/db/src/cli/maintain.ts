/**
 * The daily jobs. Each runs in its own transaction behind a transaction-level advisory lock: a second
 * `maintain` started meanwhile skips the jobs already running instead of doing them twice.
 */
import { type Database, queryRows, sql } from '@touriquest/core';

export interface JobResult {
  job: string;
  status: 'done' | 'skipped';
  detail: string;
}

type Tx = Database<any>['db'];

async function exists(db: Tx, q: ReturnType<typeof sql>): Promise<boolean> {
  const [r] = await queryRows<{ ok: boolean }>(db, q);
  return r?.ok === true;
}

const hasColumns = (table: string, cols: string[]) =>
  sql`select count(*) = ${cols.length} as ok from pg_attribute
      where attrelid = to_regclass(${`public.${table}`}) and attname in (${sql.join(
        cols.map((c) => sql`${c}`),
        sql`, `,
      )}) and not attisdropped`;

async function locked(
  database: Database<any>,
  job: string,
  fn: (tx: Tx) => Promise<string>,
): Promise<JobResult> {
  return database.db.transaction(async (tx) => {
    const [got] = await queryRows<{ ok: boolean }>(
      tx,
      sql`select pg_try_advisory_xact_lock(hashtext(${`touriquest:maintain:${job}`})) as ok`,
    );
    if (!got?.ok) return { job, status: 'skipped' as const, detail: 'another maintain is running this job' };
    return { job, status: 'done' as const, detail: await fn(tx as Tx) };
  });
}

export interface MaintainOptions {
  /** Soft-deleted rows older than this are purged for good. */
  softDeleteRetentionDays?: number;
  /** Expired or revoked sessions are kept this long for security forensics. */
  sessionRetentionDays?: number;
}

export async function runMaintenance(
  database: Database<any>,
  opts: MaintainOptions = {},
): Promise<JobResult[]> {
  const retention = opts.softDeleteRetentionDays ?? 90;
  const sessionDays = opts.sessionRetentionDays ?? 30;
  const results: JobResult[] = [];

  results.push(
    await locked(database, 'booking-holds', async (tx) => {
      if (!(await exists(tx, sql`select to_regproc('tq_expire_booking_holds') is not null as ok`)))
        return 'no bookings package installed';
      // The bookings package owns the rule (pending → expired, through its state machine and outbox).
      const [row] = await queryRows<{ n: number }>(tx, sql`select tq_expire_booking_holds() as n`);
      return `${Number(row?.n ?? 0)} pending booking hold(s) expired`;
    }),
  );

  results.push(
    await locked(database, 'sessions', async (tx) => {
      if (!(await exists(tx, hasColumns('user_sessions', ['expires_at', 'revoked_at']))))
        return 'no user_sessions table yet';
      const [revoked] = await queryRows<{ n: number }>(tx, sql`select tq_expire_sessions() as n`);
      const rows = await queryRows(
        tx,
        sql`delete from user_sessions
            where coalesce(revoked_at, expires_at) < now() - make_interval(days => ${sessionDays}) returning id`,
      );
      return `${Number(revoked?.n ?? 0)} lapsed session(s) revoked; ${rows.length} session(s) expired more than ${sessionDays} days ago deleted`;
    }),
  );

  results.push(
    await locked(database, 'purge-soft-deleted', async (tx) => {
      const tables = await queryRows<{ t: string }>(
        tx,
        sql`select c.relname as t from pg_class c join pg_attribute a on a.attrelid = c.oid
            where c.relnamespace = 'public'::regnamespace and c.relkind = 'r' and a.attname = 'deleted_at' and not a.attisdropped
            order by 1`,
      );
      const parts: string[] = [];
      let blocked = 0;
      for (const { t } of tables) {
        try {
          // A savepoint per table: a row still referenced by a RESTRICT foreign key stays, the rest go.
          const n = await tx.transaction(async (sp) => {
            const rows = await queryRows(
              sp,
              sql`delete from ${sql.identifier(t)} where deleted_at < now() - make_interval(days => ${retention}) returning 1`,
            );
            return rows.length;
          });
          if (n) parts.push(`${t} ${n}`);
        } catch {
          blocked++;
        }
      }
      return `${parts.length ? parts.join(', ') : 'nothing'} purged (deleted over ${retention} days ago) in ${tables.length} soft-delete table(s)${blocked ? `; ${blocked} table(s) kept rows still referenced` : ''}`;
    }),
  );

  results.push(
    await locked(database, 'partitions', async (tx) => {
      if (!(await exists(tx, sql`select to_regproc('tq_maintain_partitions') is not null as ok`)))
        return 'no partition function';
      const rows = await queryRows<{ parent_table: string; action: string; partition_name: string }>(
        tx,
        sql`select * from tq_maintain_partitions()`,
      );
      if (!rows.length) return 'all partitions in place';
      return rows.map((r) => `${r.action} ${r.partition_name}`).join(', ');
    }),
  );

  results.push(
    await locked(database, 'materialized-views', async (tx) => {
      const views = await queryRows<{ v: string; concurrent: boolean }>(
        tx,
        sql`select c.relname as v, c.relispopulated and exists (
              select 1 from pg_index i where i.indrelid = c.oid and i.indisunique and i.indpred is null) as concurrent
            from pg_class c where c.relkind = 'm' and c.relnamespace = 'public'::regnamespace order by 1`,
      );
      for (const { v, concurrent } of views) {
        await tx.execute(sql.raw(`refresh materialized view ${concurrent ? 'concurrently ' : ''}"${v}"`));
      }
      return views.length ? `refreshed ${views.map((v) => v.v).join(', ')}` : 'no materialized views';
    }),
  );

  results.push(
    await locked(database, 'analyze', async (tx) => {
      await tx.execute(sql`analyze`);
      return 'statistics refreshed (analyze)';
    }),
  );
  return results;
}
