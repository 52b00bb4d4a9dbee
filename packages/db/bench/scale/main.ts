/**
 * The scale benchmark (issue 12): `pnpm bench` (from the repository root or packages/db).
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/tq_scale pnpm bench [--fraction 0.1] [--iterations 200] [--reuse] [--only word]
 * On a migrated, empty server database it loads platform size through every trigger (bench/scale/load.ts),
 * then measures every access path of SCHEMA.md and the write costs (run.ts), and writes
 * bench/results/<date>-scale.json, .md and .svg, and — for a full-size run — the root README's table.
 * `--reuse` measures a database loaded by an earlier run; `--only` a few paths (nothing is written).
 * Figures only: it asserts nothing (the EXPLAIN tests are the tests).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { markdown, svgChart } from './report';
import { runScaleBench, ScaleRunError } from './run';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? undefined : (process.argv[i + 1] ?? '');
}

const url = process.env.DATABASE_URL;
const fraction = Number(arg('fraction') ?? 1);
const iterations = Number(arg('iterations') ?? 200);
const only = arg('only');
if (!url?.startsWith('postgres')) {
  console.error(
    'pnpm bench needs DATABASE_URL: a migrated, empty PostgreSQL database it may fill (a scratch one)',
  );
  process.exit(2);
}
if (!(fraction > 0 && fraction <= 1) || !(iterations >= 1)) {
  console.error('--fraction takes (0, 1], --iterations a positive count');
  process.exit(2);
}

let results: Awaited<ReturnType<typeof runScaleBench>>;
try {
  results = await runScaleBench({
    url,
    fraction,
    iterations,
    reuse: process.argv.includes('--reuse'),
    only,
    log: (s) => console.log(s),
  });
} catch (err) {
  if (!(err instanceof ScaleRunError)) throw err;
  console.error(err.message);
  process.exit(1);
}
if (!only) {
  const dir = new URL('../results/', import.meta.url);
  mkdirSync(dir, { recursive: true });
  const stem = `${results.date.slice(0, 10)}-scale${fraction === 1 ? '' : `-${fraction}`}`;
  writeFileSync(new URL(`${stem}.json`, dir), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(new URL(`${stem}.md`, dir), markdown(results));
  writeFileSync(new URL(`${stem}.svg`, dir), svgChart(results));
  if (fraction === 1) updateReadme(stem, markdown(results));
  // Written as the repository's formatter would, so `pnpm lint` passes on the committed figures.
  execFileSync('pnpm', ['exec', 'biome', 'format', '--write', fileURLToPath(dir)], { stdio: 'ignore' });
  console.log(`\n${markdown(results)}\nwrote bench/results/${stem}.{json,md,svg}`);
}

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
