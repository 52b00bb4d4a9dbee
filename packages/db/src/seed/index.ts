/**
 * Deterministic, realistic data across every domain. One module per domain, in dependency order (a module
 * whose tables are missing from the schema is skipped and reported). tiny and small run in one
 * transaction (an interrupted seed leaves nothing and simply runs again); medium and large commit batch by
 * batch (one transaction would exhaust the lock table: counter triggers take a lock per row), so an
 * interrupted large seed is detected by its missing completion marker and refused until `reset`.
 */
import { type Database, queryRows, sql } from '@touriquest/core';
import { getTableConfig, type PgTable } from 'drizzle-orm/pg-core';
import { type Schema, schema } from '../schema';
import { aiSeed } from './ai';
import { bookingsSeed } from './bookings';
import { contentSeed } from './content';
import { createFaker, type Scale, type SeedContext, type SeedModule, usersPerScale } from './context';
import { coreSeed } from './core';
import { listingsSeed } from './listings';
import { propertiesSeed } from './properties';
import { reviewsSeed } from './reviews';
import { socialSeed } from './social';
import { SEED_EMAIL_DOMAIN, usersSeed } from './users';

export { type Scale, scales } from './context';

const seedModules: SeedModule[] = [
  coreSeed,
  usersSeed,
  propertiesSeed,
  listingsSeed,
  bookingsSeed,
  reviewsSeed,
  socialSeed,
  // After social: the moderation queue holds flagged posts.
  contentSeed,
  aiSeed,
];

class SeedError extends Error {
  override name = 'SeedError';
}

export interface SeedReport {
  seeded: boolean;
  reason?: string;
  rows: Record<string, number>;
  skipped: string[];
  seconds: number;
}

// Bookkeeping belongs to the owner of the drizzle schema (the migrator once 0013 has run), not to the login
// that happened to seed.
const markerDdl = sql`do $$
declare
  v_owner oid := (select nspowner from pg_namespace where nspname = 'drizzle');
begin
  create table if not exists drizzle.touriquest_seed (
    id int primary key default 1 check (id = 1), scale text not null, seed int not null,
    completed_at timestamptz not null default now());
  if pg_has_role(v_owner, 'MEMBER') then
    execute format('alter table drizzle.touriquest_seed owner to %s', v_owner::regrole);
  end if;
end $$`;

/** 'complete' (marker present), 'partial' (seed users without a marker: an interrupted batch seed) or 'none'. */
async function seedState(database: Database<Schema>): Promise<'none' | 'partial' | 'complete'> {
  const [marker] = await queryRows<{ ok: boolean }>(
    database.db,
    sql`select to_regclass('drizzle.touriquest_seed') is not null as ok`,
  );
  if (marker?.ok && (await queryRows(database.db, sql`select 1 from drizzle.touriquest_seed`)).length)
    return 'complete';
  if (!('users' in schema)) return 'none';
  const rows = await queryRows(
    database.db,
    sql`select 1 from users where email like ${`%@${SEED_EMAIL_DOMAIN}`} limit 1`,
  ).catch(() => []);
  return rows.length ? 'partial' : 'none';
}

function progressLine(table: string, rows: number, total: number, t0: number): string {
  const rate = Math.round(total / ((performance.now() - t0) / 1000));
  return `  ${table.padEnd(28)} ${String(rows).padStart(8)} rows   ${rate} rows/s    `;
}

export async function runSeed(
  database: Database<Schema>,
  opts: {
    scale?: Scale;
    seed?: number;
    log?: (line: string) => void;
    /** 'bar': one line per table rewritten in place (a terminal); 'lines': a plain line per table (logs). */
    progress?: 'bar' | 'lines';
  } = {},
): Promise<SeedReport> {
  const scale = opts.scale ?? 'small';
  const seed = opts.seed ?? 42;
  const log = opts.log ?? (() => {});
  const started = performance.now();
  const state = await seedState(database);
  if (state === 'complete') {
    const reason = 'already seeded (run `touriquest-db reset` to start over)';
    return { seeded: false, reason, rows: {}, skipped: [], seconds: 0 };
  }
  if (state === 'partial') {
    throw new SeedError(
      'an interrupted seed left partial data: run `touriquest-db reset` (a server needs --force), then seed again',
    );
  }
  const atomic = scale === 'tiny' || scale === 'small';
  const rows: Record<string, number> = {};
  const skipped: string[] = [];
  const body = async (tx: Database<Schema>['db']) => {
    let total = 0;
    const t0 = performance.now();
    const ctx: SeedContext = {
      db: tx as unknown as SeedContext['db'],
      schema,
      faker: createFaker(seed),
      scale,
      seed,
      ids: {},
      counts: { users: usersPerScale[scale] },
      log,
      async insert(table: PgTable, values: Record<string, unknown>[], o = {}) {
        const name = getTableConfig(table).name;
        const cols = Math.max(1, Object.keys(values[0] ?? {}).length + 4);
        const batch = Math.max(1, Math.min(2_000, Math.floor(60_000 / cols)));
        const ids: string[] = [];
        for (let i = 0; i < values.length; i += batch) {
          const chunk = values.slice(i, i + batch);
          const q = tx.insert(table).values(chunk as never);
          if (o.returnIds === false) await q;
          else
            ids.push(
              ...(
                (await q.returning({ id: (table as unknown as { id: never }).id })) as { id: string }[]
              ).map((r) => r.id),
            );
          total += chunk.length;
          rows[name] = (rows[name] ?? 0) + chunk.length;
          if (opts.progress === 'bar')
            process.stdout.write(`\r${progressLine(name, rows[name]!, total, t0)}`);
        }
        if (opts.progress === 'bar') process.stdout.write('\n');
        else if (opts.progress === 'lines') log(progressLine(name, rows[name] ?? 0, total, t0).trimEnd());
        return ids;
      },
    };
    for (const m of seedModules) {
      const missing = m.needs.filter((t) => !(t in schema));
      if (missing.length) {
        skipped.push(`${m.name} (not landed: ${missing.join(', ')})`);
        continue;
      }
      log(`seeding ${m.name}`);
      await m.run(ctx);
    }
    await tx.execute(markerDdl);
    await tx.execute(sql`insert into drizzle.touriquest_seed (scale, seed) values (${scale}, ${seed})`);
  };
  if (atomic) await database.db.transaction((tx) => body(tx as unknown as Database<Schema>['db']));
  else await body(database.db);
  return { seeded: true, rows, skipped, seconds: (performance.now() - started) / 1000 };
}
