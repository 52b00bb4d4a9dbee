/**
 * The scale generator: loads a migrated, empty server database to platform size through the real triggers,
 * in phases (users → listings → everything that points at them), each phase's batches shared by two
 * connections (this machine has two cores). Every batch commits on its own, so memory and locks stay flat.
 */
import type postgres from 'postgres';
import {
  bookingsSql,
  experiencesSql,
  followsSql,
  notificationsSql,
  numberListingsSql,
  numberUsersSql,
  poisSql,
  postsSql,
  propertiesSql,
  reviewsSql,
  schedulesSql,
  setupSql,
  usersSql,
} from './load-sql';
import { Progress } from './progress';
import type { Volumes } from './volumes';

interface Batch {
  table: string;
  rows: number;
  sql: string;
}

/** Batches of `size` rows over 1..total. */
function batches(
  table: string,
  total: number,
  size: number,
  make: (lo: number, hi: number) => string,
): Batch[] {
  const out: Batch[] = [];
  for (let lo = 1; lo <= total; lo += size) {
    const hi = Math.min(total, lo + size - 1);
    out.push({ table, rows: hi - lo + 1, sql: make(lo, hi) });
  }
  return out;
}

/** Interleave so both connections work on different tables at once (less contention on one table's indexes). */
function interleave(...lists: Batch[][]): Batch[] {
  const out: Batch[] = [];
  for (let i = 0; lists.some((l) => i < l.length); i++)
    for (const l of lists) if (i < l.length) out.push(l[i]!);
  return out;
}

/** Seconds each table's batches held a connection: rows ÷ that is the table's own load rate. */
const busySeconds: Record<string, number> = {};

async function runPhase(pool: postgres.Sql, work: Batch[], progress: Progress, workers = 2): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: workers }, async () => {
      await pool.reserve().then(async (conn) => {
        try {
          while (next < work.length) {
            const b = work[next++]!;
            const t0 = performance.now();
            await conn.unsafe(b.sql);
            busySeconds[b.table] = (busySeconds[b.table] ?? 0) + (performance.now() - t0) / 1000;
            progress.add(b.table, b.rows);
          }
        } finally {
          conn.release();
        }
      });
    }),
  );
}

export interface LoadReport {
  seconds: number;
  rows: Record<string, number>;
  rowsPerSecond: number;
  /** Per generated table: rows per second of connection time (two connections share the wall clock). */
  tableRates: Record<string, number>;
}

export async function loadPlatform(
  pool: postgres.Sql,
  v: Volumes,
  log: (s: string) => void,
): Promise<LoadReport> {
  const t0 = performance.now();
  await pool.unsafe(setupSql()).simple();
  const progress = new Progress(
    {
      users: v.users,
      pois: v.pois,
      properties: v.properties,
      bookings: v.bookings,
      notifications: v.notifications,
      follows: v.follows,
      posts: v.posts,
      reviews: v.reviews,
      experiences: v.experiences,
      schedules: v.schedules,
    },
    log,
  );
  await runPhase(
    pool,
    batches('users', v.users, 10_000, (lo, hi) => usersSql(lo, hi, v)),
    progress,
  );
  await pool.unsafe(numberUsersSql).simple();

  await runPhase(
    pool,
    interleave(
      batches('pois', v.pois, 10_000, poisSql),
      batches('properties', v.properties, 5_000, (lo, hi) => propertiesSql(lo, hi, v)),
      batches('experiences', v.experiences, 5_000, (lo, hi) => experiencesSql(lo, hi, v)),
    ),
    progress,
  );
  await pool.unsafe(numberListingsSql).simple();
  const [{ active }] = (await pool`select count(*)::int as active from bench.properties`) as unknown as [
    { active: number },
  ];

  await runPhase(
    pool,
    interleave(
      batches('bookings', v.bookings, 10_000, (lo, hi) => bookingsSql(lo, hi, v, active)),
      batches('notifications', v.notifications, 25_000, (lo, hi) => notificationsSql(lo, hi, v)),
      batches('follows', v.follows, 25_000, (lo, hi) => followsSql(lo, hi, v)),
      batches('posts', v.posts, 10_000, (lo, hi) => postsSql(lo, hi, v)),
      batches('reviews', v.reviews, 10_000, (lo, hi) => reviewsSql(lo, hi, v, active)),
      batches('schedules', v.schedules, 10_000, (lo, hi) => schedulesSql(lo, hi, v)),
    ),
    progress,
  );
  progress.done();
  log('analyzing …');
  await pool.unsafe('vacuum (analyze)');
  const seconds = (performance.now() - t0) / 1000;
  const rows = await countRows(pool);
  const total = Object.values(rows).reduce((a, b) => a + b, 0);
  const tableRates = Object.fromEntries(
    Object.entries(busySeconds).map(([t, s]) => [t, Math.round(v[t as keyof Volumes] / s)]),
  );
  return { seconds: Math.round(seconds), rows, rowsPerSecond: Math.round(total / seconds), tableRates };
}

/** Exact counts of the platform tables and what the triggers wrote alongside (search_index, audit_log). */
export async function countRows(pool: postgres.Sql): Promise<Record<string, number>> {
  const tables = [
    'users',
    'pois',
    'properties',
    'search_index',
    'bookings',
    'notifications',
    'user_follows',
    'social_posts',
    'reviews',
    'experiences',
    'experience_schedules',
    'audit_log',
  ];
  const out: Record<string, number> = {};
  for (const t of tables) {
    const [r] = await pool.unsafe(`select count(*)::int as n from ${t}`);
    out[t] = r!.n as number;
  }
  return out;
}
