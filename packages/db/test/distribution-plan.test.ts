/**
 * The Citus plan (src/distribution-plan.ts) against the migrated catalog: every table placed; on each
 * distributed table every primary key, unique constraint or index, exclusion constraint and foreign key
 * contains its distribution column, or the plan says why not and what changes. Citus itself cannot be
 * installed here; this is the part of its refusal that can be checked without it. The doc renders the plan.
 */
import { readFileSync } from 'node:fs';
import { queryRows, sql } from '@touriquest/core';
import { describeEngines, type TestDb } from '@touriquest/testing';
import { describe, expect, it } from 'vitest';
import {
  type CatalogTable,
  checkDistributionPlan,
  plannedChanges,
  stalePlannedChanges,
} from '../src/distribution-plan';
import { distributionPlanDocPath, renderDistributionPlan } from '../src/distribution-plan-doc';

async function readCatalog(tx: TestDb): Promise<CatalogTable[]> {
  const tables = await queryRows<{ name: string; columns: CatalogTable['columns'] }>(
    tx,
    sql`select c.relname as name,
               json_agg(json_build_object('name', a.attname, 'notNull', a.attnotnull) order by a.attnum) as columns
        from pg_class c join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
        where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p') and not c.relispartition
          and not exists (select 1 from pg_depend d where d.objid = c.oid and d.deptype = 'e')
        group by c.relname order by 1`,
  );
  const cols = (rel: string, nums: string) =>
    sql.raw(`array(select attname::text from unnest(${nums}) with ordinality u(n, o)
                   join pg_attribute on attrelid = ${rel} and attnum = u.n order by u.o)`);
  const keys = await queryRows<{ table: string; name: string; kind: string; columns: string[] }>(
    tx,
    sql`select conrelid::regclass::text as table, conname as name,
               case contype when 'p' then 'primary' when 'u' then 'unique' else 'exclusion' end as kind,
               ${cols('conrelid', 'conkey')} as columns
        from pg_constraint where connamespace = 'public'::regnamespace and contype in ('p', 'u', 'x')
        union all
        select i.indrelid::regclass::text, ic.relname, 'unique index',
               -- Expression keys (least(a, b)) by their text: a column name only when it is a plain column.
               array(select pg_get_indexdef(i.indexrelid, k, true) from generate_series(1, i.indnkeyatts) k)
        from pg_index i join pg_class ic on ic.oid = i.indexrelid join pg_class t on t.oid = i.indrelid
        where i.indisunique and t.relnamespace = 'public'::regnamespace and not t.relispartition
          and not exists (select 1 from pg_constraint k where k.conindid = i.indexrelid)`,
  );
  const fks = await queryRows<{
    table: string;
    name: string;
    columns: string[];
    references: string;
    referencedColumns: string[];
  }>(
    tx,
    sql`select conrelid::regclass::text as table, conname as name, ${cols('conrelid', 'conkey')} as columns,
               confrelid::regclass::text as references, ${cols('confrelid', 'confkey')} as "referencedColumns"
        from pg_constraint where connamespace = 'public'::regnamespace and contype = 'f'
          and conparentid = 0`,
  );
  return tables.map((t) => ({
    ...t,
    keys: keys
      .filter((k) => k.table === t.name)
      .map(({ table: _, ...k }) => k as CatalogTable['keys'][number]),
    foreignKeys: fks.filter((f) => f.table === t.name).map(({ table: _, ...f }) => f),
  }));
}

describeEngines('Citus distribution plan', (ctx) => {
  it('places every table, and every key and foreign key of a distributed table contains its distribution column or is a planned change', () =>
    ctx.rollback(async (tx) => {
      const deviations = checkDistributionPlan(await readCatalog(tx));
      const unplanned = deviations.filter((d) => d.covered === null);
      expect(unplanned.map((d) => `${d.table} ${d.object}: ${d.problem}`)).toEqual([]);
      expect(stalePlannedChanges(deviations).map((c) => `${c.table} ${c.object}`)).toEqual([]);
      // The bookings exclusion constraint is the reason for the property group: it must hold as it is.
      expect(
        deviations.filter((d) => d.table === 'bookings' && d.object === 'bookings_no_overlap_excl'),
      ).toEqual([]);
    }));
});

describe('Citus distribution plan in docs', () => {
  it('docs/scaling-out.md shows the plan as src/distribution-plan.ts has it', () => {
    // Biome aligns markdown tables (pnpm format): compare with cell padding collapsed.
    const unpadded = (s: string) => s.replace(/ {2,}/g, ' ').replace(/-{3,}/g, '---');
    const doc = unpadded(readFileSync(distributionPlanDocPath, 'utf8'));
    expect(
      doc,
      'stale: run pnpm --filter @touriquest/db exec tsx src/distribution-plan-doc.ts --write && pnpm format',
    ).toContain(unpadded(renderDistributionPlan()));
  });

  it('every planned change says why and what it becomes', () => {
    for (const c of plannedChanges) {
      expect(c.why.length, `${c.table} ${c.object}`).toBeGreaterThan(10);
      expect(c.becomes.length, `${c.table} ${c.object}`).toBeGreaterThan(5);
    }
  });
});
