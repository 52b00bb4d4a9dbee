/**
 * The scale benchmark (issue 12): `pnpm bench` (from the repository root or packages/db).
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/tq_scale pnpm bench [--fraction 0.1] [--iterations 200] [--reuse]
 * On a migrated, empty server database it loads platform size through every trigger (bench/scale/load.ts),
 * then measures every access path of SCHEMA.md and the write costs, and writes bench/results/<date>-scale.json,
 * .md and .svg, and the README's benchmark table. `--reuse` measures a database loaded by an earlier run.
 * Figures only: it asserts nothing (the EXPLAIN tests are the tests).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createDb } from '@touriquest/core';
import postgres from 'postgres';
import { schema } from '../../src/schema';
import { countRows, type LoadReport, loadPlatform } from './load';
import { measurePath, type PathResult } from './measure';
import { accessPaths } from './paths';
import { markdown, type ScaleResults, svgChart } from './report';
import { drawSamples } from './samples';
import { scaledVolumes } from './volumes';
import { measureWrites } from './writes';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? undefined : (process.argv[i + 1] ?? '');
}

const url = process.env.DATABASE_URL;
if (!url?.startsWith('postgres')) {
  console.error(
    'pnpm bench needs DATABASE_URL: a migrated, empty PostgreSQL database it may fill (a scratch one)',
  );
  process.exit(2);
}
const fraction = Number(arg('fraction') ?? 1);
const iterations = Number(arg('iterations') ?? 200);
const reuse = process.argv.includes('--reuse');
/** `--only fuzzy`: the paths whose name holds the word (a quick look at one; results are then not written). */
const only = arg('only');
if (!(fraction > 0 && fraction <= 1) || !(iterations >= 1)) {
  console.error('--fraction takes (0, 1], --iterations a positive count');
  process.exit(2);
}
const volumes = scaledVolumes(fraction);

const pool = postgres(url, { max: 2, onnotice: () => {} });
const log = (s: string) => console.log(s);

const [{ migrated }] =
  (await pool`select to_regclass('public.search_index') is not null as migrated`) as unknown as [
    { migrated: boolean },
  ];
if (!migrated) {
  console.error('the database is not migrated: run `pnpm exec touriquest-db migrate` on it first');
  process.exit(1);
}
const [{ loaded }] = (await pool`select exists (select 1 from users) as loaded`) as unknown as [
  { loaded: boolean },
];
let load: LoadReport | null = null;
if (reuse) {
  if (!loaded) {
    console.error('--reuse: this database holds no data; run without --reuse to load it');
    process.exit(1);
  }
} else {
  if (loaded) {
    console.error(
      'this database already holds data: give a fresh one, or pass --reuse to measure what it holds',
    );
    process.exit(1);
  }
  log(`loading ${fraction === 1 ? 'platform size' : `${fraction} × platform size`} through every trigger …`);
  load = await loadPlatform(pool, volumes, log);
  log(`loaded in ${load.seconds} s (${load.rowsPerSecond} rows/s)`);
}

const database = await createDb({ url, poolSize: 1, schema });
const raw = postgres(url, { max: 1, prepare: true, onnotice: () => {} });
const samples = await drawSamples(pool);
const paths: PathResult[] = [];
for (const p of accessPaths.filter((x) => !only || x.name.includes(only))) {
  const r = await measurePath(p, database.db, raw, samples, iterations);
  paths.push(r);
  log(
    `${String(r.spec).padEnd(2)} ${r.name.padEnd(62)} p50 ${r.helper.p50} ms  p95 ${r.helper.p95} ms  ` +
      `(raw ${r.raw.p50} ms, ×${r.helperOverRaw}; without index ${r.withoutIndexP50 ?? '—'} ms)` +
      `${r.goal ? (r.goal.met ? '  goal met' : `  GOAL ${r.goal.on} ≤ ${r.goal.ms} ms NOT MET`) : ''}`,
  );
}
if (only) {
  await Promise.all([pool.end(), raw.end(), database.close()]);
  process.exit(0);
}
const [{ active }] = (await pool`select count(*)::int as active from bench.properties`) as unknown as [
  { active: number },
];
const writes = await measureWrites(pool, volumes, active);
log(`writes: ${JSON.stringify(writes)}`);

const settings: Record<string, string> = {};
for (const s of ['shared_buffers', 'effective_cache_size', 'work_mem', 'random_page_cost', 'jit'])
  settings[s] = String((await pool.unsafe(`show ${s}`))[0]![s]);
const results: ScaleResults = {
  date: new Date().toISOString(),
  server: String((await pool`show server_version`)[0]!.server_version),
  settings,
  fraction,
  load,
  rows: await countRows(pool),
  paths,
  writes,
};

const dir = new URL('../results/', import.meta.url);
mkdirSync(dir, { recursive: true });
const stem = `${results.date.slice(0, 10)}-scale${fraction === 1 ? '' : `-${fraction}`}`;
writeFileSync(new URL(`${stem}.json`, dir), `${JSON.stringify(results, null, 2)}\n`);
writeFileSync(new URL(`${stem}.md`, dir), markdown(results));
writeFileSync(new URL(`${stem}.svg`, dir), svgChart(results));
if (fraction === 1) updateReadme(stem, markdown(results));
log(`\n${markdown(results)}\nwrote bench/results/${stem}.{json,md,svg}`);
await Promise.all([pool.end(), raw.end(), database.close()]);

/** The root README's performance section holds the latest full-size run, between its two markers. */
function updateReadme(stem: string, table: string): void {
  const readme = new URL('../../../../README.md', import.meta.url);
  const text = readFileSync(readme, 'utf8');
  const start = '<!-- scale-bench:start -->';
  const end = '<!-- scale-bench:end -->';
  if (!text.includes(start)) return;
  const body = `${start}\n![access paths at platform size](packages/db/bench/results/${stem}.svg)\n\n${table}${end}`;
  writeFileSync(readme, text.replace(new RegExp(`${start}[\\s\\S]*${end}`), body));
}
