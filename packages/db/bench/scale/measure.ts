/**
 * How a path is measured: helper and identical raw SQL interleaved (the order alternates every iteration so
 * neither always runs on a warmer cache), p50/p95 of each, one EXPLAIN (ANALYZE, BUFFERS) with the index names
 * the plan uses, and a few runs with the path's indexes dropped inside a rolled-back transaction.
 */
import type { Db } from '@touriquest/core';
import type postgres from 'postgres';
import type { AccessPath, RenderedQuery } from './paths';
import type { Samples } from './samples';

export interface PathResult {
  spec: number;
  name: string;
  iterations: number;
  helper: { p50: number; p95: number };
  raw: { p50: number; p95: number };
  /** helper p50 ÷ raw p50: what Drizzle and the helper's own work (zod, mapping) add */
  helperOverRaw: number;
  /** raw p50 with the path's indexes dropped ÷ raw p50 with them */
  withoutIndexOverWith: number | null;
  withoutIndexP50: number | null;
  goal: { ms: number; on: 'p50' | 'p95'; met: boolean } | null;
  /** index names the plan reads, and whether one of the path's own indexes is among them */
  planIndexes: string[];
  usesItsIndexes: boolean;
  plan: string[];
}

export const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
};
const ms = (x: number) => Math.round(x * 1000) / 1000;

async function timeIt(f: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await f();
  return performance.now() - t0;
}

/** postgres.js wants strings, numbers and Dates; Drizzle rendered exactly those. */
const runRaw = (raw: postgres.Sql, q: RenderedQuery) =>
  raw.unsafe(q.sql, q.params as never[], { prepare: true });

export async function measurePath(
  path: AccessPath,
  db: Db,
  raw: postgres.Sql,
  samples: Samples,
  iterations: number,
): Promise<PathResult> {
  const helperMs: number[] = [];
  const rawMs: number[] = [];
  // Warm-up: plans cached, pages in shared buffers, prepared statements made.
  for (let i = 0; i < 20; i++) {
    const p = path.params(samples);
    await path.helper(db, p);
    await runRaw(raw, path.render(db, p));
  }
  for (let i = 0; i < iterations; i++) {
    const p = path.params(samples);
    const q = path.render(db, p);
    const helperRun = () => timeIt(() => path.helper(db, p));
    const rawRun = () => timeIt(() => runRaw(raw, q));
    if (i % 2) {
      helperMs.push(await helperRun());
      rawMs.push(await rawRun());
    } else {
      rawMs.push(await rawRun());
      helperMs.push(await helperRun());
    }
  }
  const sample = path.render(db, path.params(samples));
  const plan = (
    await raw.unsafe(
      `explain (analyze, buffers, costs off, summary off) ${sample.sql}`,
      sample.params as never[],
    )
  ).map((r) => String(r['QUERY PLAN']));
  const scanned = plan.flatMap((l) =>
    [...l.matchAll(/(?:Index(?: Only)? Scan(?: Backward)?|Bitmap Index Scan) (?:using|on) (\w+)/g)].map(
      (m) => m[1]!,
    ),
  );
  const planIndexes = await parentIndexes(raw, [...new Set(scanned)]);
  const wanted = path.indexes.map((i) => (i.startsWith('constraint:') ? i.split('.')[1]! : i));
  const withoutIndex = await withoutIndexes(raw, path, db, samples);
  const rawP50 = percentile(rawMs, 50);
  const helper = { p50: ms(percentile(helperMs, 50)), p95: ms(percentile(helperMs, 95)) };
  const goal = path.goalMs
    ? {
        ms: path.goalMs,
        on: path.goalOn ?? 'p50',
        met: (path.goalOn === 'p95' ? helper.p95 : helper.p50) <= path.goalMs,
      }
    : null;
  return {
    spec: path.spec,
    name: path.name,
    iterations,
    helper,
    raw: { p50: ms(rawP50), p95: ms(percentile(rawMs, 95)) },
    helperOverRaw: +(percentile(helperMs, 50) / rawP50).toFixed(2),
    withoutIndexP50: withoutIndex === null ? null : ms(withoutIndex),
    withoutIndexOverWith: withoutIndex === null ? null : +(withoutIndex / rawP50).toFixed(1),
    goal,
    planIndexes,
    usesItsIndexes: wanted.some((w) => planIndexes.includes(w)),
    plan,
  };
}

/**
 * p50 of 5 runs with the path's indexes dropped, in a transaction that is rolled back (the drop holds an
 * ACCESS EXCLUSIVE lock until then: a benchmark database only). A statement timeout of 30 s caps a hopeless
 * scan; null when there is nothing to drop.
 */
async function withoutIndexes(
  raw: postgres.Sql,
  path: AccessPath,
  db: Db,
  samples: Samples,
): Promise<number | null> {
  // A primary key is not dropped: the foreign keys of other tables depend on it.
  const droppable = path.indexes.filter((i) => !i.endsWith('_pkey'));
  if (!droppable.length) return null;
  let result: number | null = null;
  await raw
    .begin(async (tx) => {
      await tx.unsafe(`set local statement_timeout = '30s'`);
      for (const ix of droppable) {
        if (ix.startsWith('constraint:')) {
          const [table, name] = ix.slice('constraint:'.length).split('.');
          await tx.unsafe(`alter table ${table} drop constraint ${name}`);
        } else await tx.unsafe(`drop index ${ix}`);
      }
      const times: number[] = [];
      for (let i = 0; i < 5; i++) {
        const q = path.render(db, path.params(samples));
        times.push(await timeIt(() => tx.unsafe(q.sql, q.params as never[])));
      }
      result = percentile(times, 50);
      throw new RollBack();
    })
    .catch((e: unknown) => {
      if (!(e instanceof RollBack)) throw e;
    });
  return result;
}

class RollBack extends Error {}

/** A partition's index by the name of the parent table's index it belongs to (audit_log's monthly partitions). */
async function parentIndexes(raw: postgres.Sql, names: string[]): Promise<string[]> {
  if (!names.length) return [];
  const rows = await raw`
    select distinct coalesce(p.relname, c.relname) as name
      from pg_class c
      left join pg_inherits i on i.inhrelid = c.oid
      left join pg_class p on p.oid = i.inhparent
     where c.relname = any(${names}::text[])`;
  return rows.map((r) => String(r.name));
}
