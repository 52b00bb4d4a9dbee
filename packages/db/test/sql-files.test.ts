import { iso4217, logicObjects, queryRows, sql } from '@touriquest/core';
import { describeEngines } from '@touriquest/testing';
import { is } from 'drizzle-orm';
import { toSnakeCase } from 'drizzle-orm/casing';
import { getTableConfig, PgTable } from 'drizzle-orm/pg-core';
import { describe, expect, it } from 'vitest';
import kitConfig, { outsideKit } from '../drizzle.config';
import { allLogic } from '../src/logic';
import { schema } from '../src/schema';
import { renderedSqlDrift } from '../src/sql-render';

describe('repeatable SQL files', () => {
  it('every rendered file is current (else: pnpm sql:render) and none is orphaned', () => {
    expect(renderedSqlDrift()).toEqual({ stale: [], orphaned: [] });
  });

  it('every logic item is a file of a package and creates at least one function or trigger', () => {
    for (const item of allLogic) {
      expect(item.file, item.name).toMatch(/\/packages\/[a-z-]+\/src\/sql\/[a-z0-9.-]+\.sql$/);
      expect(logicObjects(item.sql).length, item.name).toBeGreaterThan(0);
    }
  });

  it('no function or trigger is defined by two files', () => {
    const owners = new Map<string, string[]>();
    for (const item of allLogic)
      for (const o of logicObjects(item.sql)) owners.set(o, [...(owners.get(o) ?? []), item.name]);
    expect([...owners].filter(([, names]) => names.length > 1)).toEqual([]);
  });
});

const partitioned = (Object.values(schema) as unknown[]).filter(
  (t): t is PgTable =>
    is(t, PgTable) &&
    ['audit_log', 'user_behavior_events', 'system_health_checks'].includes(getTableConfig(t).name),
);

describeEngines('partitioned tables and reference data match their migrations', (ctx) => {
  it('drizzle.config.ts hides exactly the files of the partitioned tables from drizzle-kit', async () => {
    expect(partitioned.length).toBe(3);
    const kitFiles = (kitConfig as { schema: string[] }).schema;
    expect(kitFiles.filter((f) => outsideKit.includes(f))).toEqual([]);
    const hidden: string[] = [];
    for (const file of outsideKit) {
      const mod = (await import(
        new URL(file, new URL('../drizzle.config.ts', import.meta.url)).href
      )) as Record<string, unknown>;
      for (const v of Object.values(mod)) if (is(v, PgTable)) hidden.push(getTableConfig(v).name);
    }
    expect(hidden.sort()).toEqual(partitioned.map((t) => getTableConfig(t).name).sort());
    // …and every other table file is one the kit reads.
    expect(kitFiles.length).toBeGreaterThan(60);
  });

  it('each TypeScript definition matches its migrated table: columns, types, nullability, defaults, key', async () => {
    const rows = await queryRows<{ table: string; line: string }>(
      ctx.db,
      sql`select c.relname as "table", a.attname || ' ' || format_type(a.atttypid, a.atttypmod)
                 || case when a.attnotnull then ' not null' else '' end
                 || case when a.atthasdef then ' default' else '' end as line
            from pg_class c join pg_attribute a on a.attrelid = c.oid
           where c.relnamespace = 'public'::regnamespace and c.relkind = 'p' and a.attnum > 0 and not a.attisdropped
           order by c.relname, a.attnum`,
    );
    const keys = await queryRows<{ table: string; cols: string }>(
      ctx.db,
      sql`select c.relname as "table", pg_get_constraintdef(k.oid) as cols from pg_constraint k
            join pg_class c on c.oid = k.conrelid where c.relkind = 'p' and k.contype = 'p'`,
    );
    for (const table of partitioned) {
      const cfg = getTableConfig(table);
      const name = (c: { name: string; keyAsName: boolean }) => (c.keyAsName ? toSnakeCase(c.name) : c.name);
      const expected = cfg.columns.map(
        (c) => `${name(c)} ${c.getSQLType()}${c.notNull ? ' not null' : ''}${c.hasDefault ? ' default' : ''}`,
      );
      expect(
        rows.filter((r) => r.table === cfg.name).map((r) => r.line),
        cfg.name,
      ).toEqual(expected);
      const pk = cfg.primaryKeys[0]!.columns.map((c) => name(c)).join(', ');
      expect(keys.find((k) => k.table === cfg.name)?.cols, cfg.name).toBe(`PRIMARY KEY (${pk})`);
    }
  });

  it('every table with an updated_at column keeps it: a touch trigger each, and it moves on UPDATE', async () => {
    const missing = await queryRows<{ table: string }>(
      ctx.db,
      sql`select c.relname as "table" from pg_attribute a join pg_class c on c.oid = a.attrelid
           where a.attname = 'updated_at' and not a.attisdropped and c.relkind in ('r', 'p')
             and c.relnamespace = 'public'::regnamespace
             and not exists (select 1 from pg_trigger t where t.tgrelid = c.oid and t.tgname = c.relname || '_touch_trg')
           order by 1`,
    );
    expect(missing).toEqual([]);
    await ctx.rollback(async (tx) => {
      await tx.execute(
        sql`update partition_policies set updated_at = '2000-01-01' where parent_table = 'audit_log'`,
      );
      const [row] = await queryRows<{ recent: boolean }>(
        tx,
        sql`select updated_at > now() - interval '1 minute' as recent from partition_policies where parent_table = 'audit_log'`,
      );
      expect(row!.recent).toBe(true);
    });
  });

  it('currencies hold exactly the ISO 4217 list of core (a change to it is a new migration)', async () => {
    const rows = await queryRows<{ code: string; name: string; minor_unit: number; symbol: string | null }>(
      ctx.db,
      sql`select code::text as code, name, minor_unit, symbol from currencies order by code`,
    );
    expect(rows.map((r) => [r.code, r.name, r.minor_unit, r.symbol])).toEqual(
      [...iso4217].map((c) => [...c]).sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    );
  });
});
