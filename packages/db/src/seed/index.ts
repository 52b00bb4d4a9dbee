/**
 * Deterministic, realistic data across every domain that has landed. One module per domain, in layer
 * order; a module whose tables are not in the schema yet is skipped with a note. The whole seed runs in
 * one transaction, so an interrupted seed leaves nothing behind and simply runs again.
 */
import { type Database, queryRows, sql } from '@touriquest/core';
import { getTableConfig, type PgTable } from 'drizzle-orm/pg-core';
import { type Schema, schema } from '../schema';
import { aiSeed } from './ai';
import { createFaker, type Scale, type SeedContext, type SeedModule, usersPerScale } from './context';
import { coreSeed } from './core';
import { propertiesSeed } from './properties';
import { socialSeed } from './social';
import { SEED_EMAIL_DOMAIN, usersSeed } from './users';

export { type Scale, scales } from './context';

/** Domains whose tables landed after this seeder was written: they are reported, not silently ignored. */
const pendingDomains: SeedModule[] = (
  [
    ['content', ['mediaFiles', 'translations']],
    ['poi', ['pois']],
    ['experiences', ['experiences']],
    ['bookings', ['bookings']],
    ['reviews', ['reviews']],
  ] as const
).map(([name, needs]) => ({
  name,
  needs: [...needs],
  async run(ctx: SeedContext) {
    ctx.log(`  ${name}: tables present but no seeder yet (add src/seed/${name}.ts)`);
  },
}));

export const seedModules: SeedModule[] = [
  coreSeed,
  usersSeed,
  propertiesSeed,
  ...pendingDomains,
  socialSeed,
  aiSeed,
];

export interface SeedReport {
  seeded: boolean;
  reason?: string;
  rows: Record<string, number>;
  skipped: string[];
  seconds: number;
}

export async function alreadySeeded(database: Database<Schema>): Promise<boolean> {
  if (!('users' in schema)) return false;
  const rows = await queryRows(
    database.db,
    sql`select 1 from users where email like ${`%@${SEED_EMAIL_DOMAIN}`} limit 1`,
  ).catch(() => []);
  return rows.length > 0;
}

export async function runSeed(
  database: Database<Schema>,
  opts: { scale?: Scale; seed?: number; log?: (line: string) => void; progress?: boolean } = {},
): Promise<SeedReport> {
  const scale = opts.scale ?? 'small';
  const seed = opts.seed ?? 42;
  const log = opts.log ?? (() => {});
  const started = performance.now();
  if (await alreadySeeded(database)) {
    return {
      seeded: false,
      reason: 'already seeded (run `touriquest-db reset` to start over)',
      rows: {},
      skipped: [],
      seconds: 0,
    };
  }
  const rows: Record<string, number> = {};
  const skipped: string[] = [];
  await database.db.transaction(async (tx) => {
    // A big seed is one long transaction; raise the per-statement limit a pooled server might impose.
    if (database.engine === 'postgres') await tx.execute(sql`set local statement_timeout = 0`);
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
          if (opts.progress) {
            const rate = Math.round(total / ((performance.now() - t0) / 1000));
            process.stdout.write(
              `\r  ${name.padEnd(28)} ${String(rows[name]).padStart(8)} rows   ${rate} rows/s    `,
            );
          }
        }
        if (opts.progress) process.stdout.write('\n');
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
  });
  return { seeded: true, rows, skipped, seconds: (performance.now() - started) / 1000 };
}
