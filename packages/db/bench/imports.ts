/**
 * Benchmark, not a test: bulk writes through every trigger on a server database (issue 12's import goals).
 * Prints figures and writes bench/results/<date>-imports.json; asserts nothing.
 *   DATABASE_URL=postgres://…/scratch pnpm --filter @touriquest/db exec tsx bench/imports.ts
 * The database must be migrated; each case runs in a transaction that is rolled back, so it keeps nothing.
 *   - 20,000 POIs / 5,000 properties in one transaction (slug, timezone, search_index, audit, guard triggers);
 *   - 5,000 reviews of one listing in one statement (incremental rating deltas);
 *   - audited ÷ plain: the same bulk property insert and one-column update with the audit triggers disabled.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import postgres from 'postgres';

const url = process.env.DATABASE_URL;
if (!url) throw new Error('bench/imports.ts needs DATABASE_URL: a migrated scratch server database');
const sql = postgres(url, { max: 1, onnotice: () => {} });
type Q = postgres.Sql | postgres.TransactionSql;

const pois = (q: Q, n: number) => q`
  insert into pois (name, slug, summary, category_id, location, city, country_code, status, tags, timezone)
  select 'Museum of things ' || g, 'bench-' || md5(random()::text) || '-' || g, 'A museum of old things, number ' || g,
         (select id from poi_categories order by id limit 1), st_setsrid(st_makepoint(2 + random(), 48 + random()), 4326),
         'Paris', 'FR', 'active', array['museum', 'art'], 'Europe/Paris'
    from generate_series(1, ${n}::int) g`;

const properties = (q: Q, n: number) => q`
  insert into properties (host_id, type, title, slug, location, city, country_code, max_guests, base_price_minor,
                          currency, status, timezone)
  select (select id from users order by id limit 1), 'apartment', 'Bench flat ' || g,
         'bench-' || md5(random()::text) || '-' || g, st_setsrid(st_makepoint(2 + random(), 48 + random()), 4326),
         'Paris', 'FR', 4, 10000, 'EUR', 'active', 'Europe/Paris'
    from generate_series(1, ${n}::int) g
  returning id`;

/** Milliseconds `body` took inside a transaction that is then rolled back. */
async function rolledBack(body: (tx: postgres.TransactionSql) => Promise<void>): Promise<number> {
  let ms = 0;
  await sql
    .begin(async (tx) => {
      const t0 = performance.now();
      await body(tx);
      ms = performance.now() - t0;
      throw new Error('rollback');
    })
    .catch((e: Error) => {
      if (e.message !== 'rollback') throw e;
    });
  return ms;
}

const rate = (rows: number, ms: number) => ({
  rows,
  ms: Math.round(ms),
  rowsPerSecond: Math.round((rows / ms) * 1000),
});
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

await sql`insert into poi_categories (name, slug) select 'Bench', 'bench-cat' where not exists (select 1 from poi_categories)`;
await sql`insert into users (email, username, role) select 'bench-host@bench.test', 'bench_host', 'host'
          where not exists (select 1 from users)`;

const results: Record<string, unknown> = {
  date: new Date().toISOString(),
  server: (await sql`show server_version`)[0]!.server_version,
};

results.poisOneTransaction = rate(
  20_000,
  await rolledBack(async (tx) => {
    for (let i = 0; i < 4; i++) await pois(tx, 5_000);
  }),
);
results.propertiesOneTransaction = rate(
  5_000,
  await rolledBack(async (tx) => void (await properties(tx, 5_000))),
);

let reviewMs = 0;
await rolledBack(async (tx) => {
  const [p] = await properties(tx, 1);
  await tx`insert into users (email, username) select 'r' || g || '@bench.test', 'bench_r_' || g from generate_series(1, 5000) g`;
  const t0 = performance.now();
  await tx`insert into reviews (property_id, author_id, rating, body, status)
           select ${p!.id}, id, 1 + (abs(hashtext(id::text)) % 5), 'Bench review', 'published'
             from users where username like 'bench_r_%'`;
  reviewMs = performance.now() - t0;
  const [check] = await tx`select rating_count, rating_sum from properties where id = ${p!.id}`;
  results.reviewsOneListingExact = check!.rating_count === 5000;
});
results.reviewsOneListingOneStatement = rate(5_000, reviewMs);

// Audited ÷ plain, median of 5 each, interleaved: 2,000-row insert, then a one-column update of those rows.
const audit = ['properties_audit_insert_trg', 'properties_audit_update_trg'];
const timings = {
  insertAudited: [] as number[],
  insertPlain: [] as number[],
  updateAudited: [] as number[],
  updatePlain: [] as number[],
};
for (let round = 0; round < 5; round++) {
  for (const audited of [true, false]) {
    await rolledBack(async (tx) => {
      if (!audited) for (const t of audit) await tx.unsafe(`alter table properties disable trigger ${t}`);
      let t0 = performance.now();
      const rows = await properties(tx, 2_000);
      (audited ? timings.insertAudited : timings.insertPlain).push(performance.now() - t0);
      t0 = performance.now();
      await tx`update properties set base_price_minor = base_price_minor + 100 where id in ${tx(rows.map((r) => r.id))}`;
      (audited ? timings.updateAudited : timings.updatePlain).push(performance.now() - t0);
    });
  }
}
results.auditedInsertOverPlain = +(median(timings.insertAudited) / median(timings.insertPlain)).toFixed(2);
results.auditedUpdateOverPlain = +(median(timings.updateAudited) / median(timings.updatePlain)).toFixed(2);

console.log(JSON.stringify(results, null, 2));
const dir = new URL('./results/', import.meta.url);
mkdirSync(dir, { recursive: true });
writeFileSync(
  new URL(`${new Date().toISOString().slice(0, 10)}-imports.json`, dir),
  `${JSON.stringify(results, null, 2)}\n`,
);
await sql.end();
