/**
 * Benchmark, not a test: what the hot helpers cost over the identical SQL sent through postgres.js (issue 12,
 * "Drizzle ÷ raw"). Prints figures and writes bench/results/<date>-drizzle-overhead.json; asserts nothing.
 *   DATABASE_URL=postgres://…/scratch pnpm --filter @touriquest/db exec tsx bench/drizzle-overhead.ts
 * The database must be migrated and seeded (`touriquest-db seed`); the bench only reads.
 *
 * Per case, three variants on one connection, interleaved call by call (so drift hits all alike):
 *   - raw: the helper's own SQL text and parameters (captured from Drizzle's logger) through
 *     `sql.unsafe(text, params, { prepare: true })`: prepared, as postgres.js prepares every tagged query
 *     (`unsafe` alone would not);
 *   - helper: the package's helper (a Drizzle prepared statement, cached per Db);
 *   - unprepared: the same Drizzle query built and run per call, as the helpers did before.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { upcomingBookingsForUser, upcomingBookingsQuery } from '@touriquest/bookings';
import { createDb, type Db, queryOne, sql } from '@touriquest/core';
import { findPropertyById, properties } from '@touriquest/properties';
import { feedQuery, getFeed, notifications, unreadNotificationCount } from '@touriquest/social';
import { and, eq, isNull } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/postgres-js';
import type { Sql } from 'postgres';
import { schema } from '../src/schema';

const url = process.env.DATABASE_URL;
if (!url) throw new Error('bench/drizzle-overhead.ts needs DATABASE_URL: a migrated, seeded server database');
const iterations = Number(process.env.BENCH_ITERATIONS ?? 3000);
const warmup = 300;

// One connection: every variant reuses the statements it prepared, and none waits for a pool slot.
const database = await createDb({ url, schema, poolSize: 1 });
const db = database.db;
const client = database.client as Sql;

let captured: { text: string; params: unknown[] } | undefined;
const capturing = drizzle({
  client,
  schema,
  casing: 'snake_case',
  logger: {
    logQuery: (text, params) => {
      captured = { text, params };
    },
  },
}) as unknown as Db;
async function sqlOf(call: (d: Db) => Promise<unknown>) {
  captured = undefined;
  await call(capturing);
  const got = captured as { text: string; params: unknown[] } | undefined;
  if (!got) throw new Error('the helper sent no query');
  return got;
}

const pick = async (q: ReturnType<typeof sql>) => (await queryOne<{ id: string }>(db, q))?.id;
const propertyId = await pick(sql`select id from properties where deleted_at is null order by id limit 1`);
const reader = await pick(
  sql`select user_id as id from notifications where read_at is null group by 1 order by count(*) desc limit 1`,
);
const follower =
  await pick(sql`select f.follower_id as id from user_follows f join social_posts p on p.author_id = f.followee_id
  group by 1 order by count(*) desc limit 1`);
const guest = await pick(sql`select guest_id as id from bookings where status in ('pending', 'confirmed')
  group by 1 order by count(*) desc limit 1`);
if (!propertyId || !reader || !follower || !guest)
  throw new Error('the database has no data to read: run `touriquest-db seed` first');

interface Case {
  name: string;
  helper: (d: Db) => Promise<unknown>;
  unprepared: () => Promise<unknown>;
  rows: (r: unknown) => number;
}
const asRows = (r: unknown) => (Array.isArray(r) ? r.length : r === undefined ? 0 : 1);
const cases: Case[] = [
  {
    name: 'property by id (findPropertyById)',
    helper: (d) => findPropertyById(d, propertyId),
    unprepared: () =>
      db
        .select()
        .from(properties)
        .where(and(eq(properties.id, propertyId), isNull(properties.deletedAt)))
        .limit(1),
    rows: asRows,
  },
  {
    name: 'unread notification count (unreadNotificationCount)',
    helper: (d) => unreadNotificationCount(d, reader),
    unprepared: () =>
      db
        .select({ n: sql<number>`count(*)::int` })
        .from(notifications)
        .where(and(eq(notifications.userId, reader), isNull(notifications.readAt))),
    rows: () => 1,
  },
  {
    name: 'feed, first page of 20 (getFeed)',
    helper: (d) => getFeed(d, follower, { limit: 20 }),
    unprepared: () => feedQuery(db, follower, { limit: 20 }),
    rows: (r) => (r as { items: unknown[] }).items?.length ?? asRows(r),
  },
  {
    name: 'upcoming bookings of a guest (upcomingBookingsForUser)',
    helper: (d) => upcomingBookingsForUser(d, guest, { from: '2000-01-01' }),
    unprepared: () => upcomingBookingsQuery(db, guest, { from: '2000-01-01' }),
    rows: asRows,
  },
];

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
};
const us = (ms: number) => Math.round(ms * 1000);

const results: Record<string, unknown> = {
  date: new Date().toISOString(),
  server: (await queryOne<{ v: string }>(db, sql`select version() as v`))!.v,
  iterationsPerVariant: iterations,
  warmupPerVariant: warmup,
  note: 'microseconds per call, one postgres.js connection, loopback; ratio = helper p50 ÷ raw p50',
  cases: [] as unknown[],
};

for (const c of cases) {
  const raw = await sqlOf(c.helper);
  const variants: Record<string, () => Promise<unknown>> = {
    raw: () => client.unsafe(raw.text, raw.params as never[], { prepare: true }),
    helper: () => c.helper(db),
    unprepared: c.unprepared,
  };
  const names = Object.keys(variants);
  const times: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
  const rowCount: Record<string, number> = {};
  for (let i = 0; i < warmup + iterations; i++) {
    // Rotate the order so that no variant always runs right after another.
    for (let k = 0; k < names.length; k++) {
      const n = names[(i + k) % names.length]!;
      const t0 = performance.now();
      const r = await variants[n]!();
      const ms = performance.now() - t0;
      if (i >= warmup) times[n]!.push(ms);
      else if (i === 0) rowCount[n] = n === 'helper' ? c.rows(r) : asRows(r);
    }
  }
  const stats = Object.fromEntries(
    names.map((n) => [n, { p50: us(quantile(times[n]!, 0.5)), p95: us(quantile(times[n]!, 0.95)) }]),
  ) as Record<string, { p50: number; p95: number }>;
  const ratio = (n: string) => +(stats[n]!.p50 / stats.raw!.p50).toFixed(2);
  const row = {
    case: c.name,
    sql: raw.text,
    rowsReturned: rowCount,
    ...stats,
    helperOverRaw: ratio('helper'),
    unpreparedOverRaw: ratio('unprepared'),
    helperOverRawP95: +(stats.helper!.p95 / stats.raw!.p95).toFixed(2),
  };
  (results.cases as unknown[]).push(row);
  console.log(
    `${c.name}: raw p50 ${stats.raw!.p50} µs (p95 ${stats.raw!.p95}), helper ${stats.helper!.p50} µs (p95 ${stats.helper!.p95}) = ${row.helperOverRaw}× raw, unprepared ${stats.unprepared!.p50} µs = ${row.unpreparedOverRaw}× raw`,
  );
}

await database.close();
const dir = new URL('./results/', import.meta.url);
mkdirSync(dir, { recursive: true });
const file = new URL(`${new Date().toISOString().slice(0, 10)}-drizzle-overhead.json`, dir);
writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
console.log(`written ${file.pathname}`);
