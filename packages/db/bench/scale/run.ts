/**
 * One run of the scale benchmark, without the command line: load (unless reusing), measure every access path,
 * then the write costs. main.ts is the command; test/bench-scale.test.ts runs this at a tiny fraction to keep
 * the benchmark working (it asserts what the run produced, never how fast).
 */
import { createDb } from '@touriquest/core';
import postgres from 'postgres';
import { schema } from '../../src/schema';
import { countRows, type LoadReport, loadPlatform } from './load';
import { measurePath, type PathResult } from './measure';
import { accessPaths } from './paths';
import type { ScaleResults } from './report';
import { drawSamples } from './samples';
import { scaledVolumes } from './volumes';
import { measureWrites } from './writes';

export interface ScaleRunOptions {
  url: string;
  fraction: number;
  iterations: number;
  /** measure what an earlier run loaded */
  reuse?: boolean;
  /** only the paths whose name holds this word; the write costs are then skipped */
  only?: string;
  /** rows per write-cost round (2,000 unless told) */
  writeRows?: number;
  log(line: string): void;
}

export class ScaleRunError extends Error {}

export async function runScaleBench(o: ScaleRunOptions): Promise<ScaleResults> {
  const volumes = scaledVolumes(o.fraction);
  // The loader commits batch by batch: not waiting for each commit's WAL flush is what a bulk loader does
  // (a crash loses at most the last batches, never consistency). Measured queries use `raw` and the Db.
  const pool = postgres(o.url, { max: 2, onnotice: () => {}, connection: { synchronous_commit: 'off' } });
  const raw = postgres(o.url, { max: 1, prepare: true, onnotice: () => {} });
  const database = await createDb({ url: o.url, poolSize: 1, schema });
  try {
    const [state] = await pool`select to_regclass('public.search_index') is not null as migrated`;
    if (!state?.migrated)
      throw new ScaleRunError(
        'the database is not migrated: run `pnpm exec touriquest-db migrate` on it first',
      );
    const [{ loaded }] = (await pool`select exists (select 1 from users) as loaded`) as unknown as [
      { loaded: boolean },
    ];
    let load: LoadReport | null = null;
    if (o.reuse && !loaded)
      throw new ScaleRunError('--reuse: this database holds no data; run without --reuse to load it');
    if (!o.reuse) {
      if (loaded)
        throw new ScaleRunError(
          'this database already holds data: give a fresh one, or pass --reuse to measure what it holds',
        );
      o.log(
        `loading ${o.fraction === 1 ? 'platform size' : `${o.fraction} × platform size`} through every trigger …`,
      );
      load = await loadPlatform(pool, volumes, o.log);
      o.log(`loaded in ${load.seconds} s (${load.rowsPerSecond} rows/s)`);
      // Kept with the data, so a later --reuse run reports how this database was loaded.
      await pool`create table bench.load_report as select ${pool.json(load as never)}::jsonb as report`;
    } else {
      // A settled database, as after the load: an earlier run's rolled-back write rounds left entries in the GIN
      // pending lists, which every full-text scan would read (proper-name search measured 16 ms instead of 2).
      o.log('vacuum (analyze) …');
      await pool.unsafe('vacuum (analyze)');
      const [kept] = await pool`select report from bench.load_report`.catch(() => []);
      load = (kept?.report as LoadReport | undefined) ?? null;
    }
    const samples = await drawSamples(pool);
    const paths: PathResult[] = [];
    for (const p of accessPaths.filter((x) => !o.only || x.name.includes(o.only))) {
      const r = await measurePath(p, database.db, raw, samples, o.iterations);
      paths.push(r);
      o.log(
        `${String(r.spec).padEnd(2)} ${r.name.padEnd(62)} p50 ${r.helper.p50} ms  p95 ${r.helper.p95} ms  ` +
          `(raw ${r.raw.p50} ms, ×${r.helperOverRaw}; without index ${r.withoutIndexP50 ?? '—'} ms)` +
          `${r.goal ? (r.goal.met ? '  goal met' : `  GOAL ${r.goal.on} ≤ ${r.goal.ms} ms NOT MET`) : ''}`,
      );
    }
    const [{ active }] = (await pool`select count(*)::int as active from bench.properties`) as unknown as [
      { active: number },
    ];
    const writes = o.only ? null : await measureWrites(pool, volumes, active, o.writeRows);
    if (writes) o.log(`writes: ${JSON.stringify(writes)}`);
    const settings: Record<string, string> = {};
    for (const s of ['shared_buffers', 'effective_cache_size', 'work_mem', 'random_page_cost', 'jit'])
      settings[s] = String((await pool.unsafe(`show ${s}`))[0]![s]);
    return {
      date: new Date().toISOString(),
      server: String((await pool`show server_version`)[0]!.server_version),
      settings,
      fraction: o.fraction,
      load,
      rows: await countRows(pool),
      paths,
      writes,
    };
  } finally {
    await Promise.all([pool.end(), raw.end(), database.close()]);
  }
}
