import { type Database, queryRows, sql } from '@touriquest/core';
import { databaseStatus } from '../migrate';

export interface Manifest {
  engine: string;
  createdAt: string;
  migrations: string[];
  rowCounts: Record<string, number>;
}

/** Exact row counts of every application table (what a restore is checked against). */
async function rowCounts(database: Database<any>): Promise<Record<string, number>> {
  const tables = await queryRows<{ t: string }>(
    database.db,
    sql`select c.relname as t from pg_class c
        where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p') and not c.relispartition
          and not exists (select 1 from pg_depend d where d.objid = c.oid and d.deptype = 'e')
        order by 1`,
  );
  const out: Record<string, number> = {};
  for (const { t } of tables) {
    const [r] = await queryRows<{ n: string }>(
      database.db,
      sql`select count(*)::bigint as n from ${sql.identifier(t)}`,
    );
    out[t] = Number(r?.n ?? 0);
  }
  return out;
}

export async function manifest(database: Database<any>): Promise<Manifest> {
  const status = await databaseStatus(database);
  return {
    engine: database.engine,
    createdAt: new Date().toISOString(),
    migrations: status.applied,
    rowCounts: await rowCounts(database),
  };
}

/** Differences between what was backed up and what is there now (empty = verified). */
export function compareManifests(expected: Manifest, actual: Manifest): string[] {
  const problems: string[] = [];
  if (expected.migrations.join() !== actual.migrations.join()) {
    problems.push(
      `migrations differ: backup had ${expected.migrations.length}, restored ${actual.migrations.length}`,
    );
  }
  for (const [t, n] of Object.entries(expected.rowCounts)) {
    if (actual.rowCounts[t] !== n)
      problems.push(`${t}: backup had ${n} rows, restored ${actual.rowCounts[t] ?? 'no table'}`);
  }
  return problems;
}
