/**
 * plpgsql_check (Debian `postgresql-15-plpgsql-check`, installed by .ci/run) over every PL/pgSQL function of
 * ours: trigger functions against each table they are attached to, the others on their own. 0 errors and
 * 0 warnings (extra warnings included). Server only: PGlite has no plpgsql_check.
 */
import '@touriquest/testing';
import { queryRows, sql } from '@touriquest/core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { migrateDatabase } from '../src/migrate';
import { freshServerDatabase } from './helpers';

describe.runIf(inject('serverUrl'))('plpgsql_check over every function [postgres]', () => {
  let d: Awaited<ReturnType<typeof freshServerDatabase>>;
  beforeAll(async () => {
    d = await freshServerDatabase();
    await migrateDatabase(d);
    // The extension is a check of CI's, not part of the schema: it lives only in this scratch database.
    await d.db.execute(sql`create extension plpgsql_check`);
  }, 120_000);
  afterAll(() => d?.drop());

  it('finds no error and no warning', async () => {
    // Statement triggers read transition tables: plpgsql_check is told their names (oldtable/newtable).
    type Target = {
      fn: string;
      oid: number;
      rel: number;
      relname: string | null;
      old: string | null;
      new: string | null;
    };
    const targets = await queryRows<Target>(
      d.db,
      sql`with fns as (
            select p.oid, p.proname, p.prorettype = 'trigger'::regtype as is_trigger
              from pg_proc p join pg_language l on l.oid = p.prolang
             where l.lanname = 'plpgsql' and p.pronamespace = 'public'::regnamespace
               and not exists (select 1 from pg_depend d where d.objid = p.oid and d.deptype = 'e'))
          select f.proname as fn, f.oid::int as oid, t.tgrelid::int as rel, t.tgrelid::regclass::text as relname,
                 t.tgoldtable::text as old, t.tgnewtable::text as new
            from fns f left join pg_trigger t on t.tgfoid = f.oid and t.tgparentid = 0
           where f.is_trigger
          union all
          select f.proname, f.oid::int, 0, null, null, null from fns f where not f.is_trigger
          order by 1, 4`,
    );
    expect(targets.length).toBeGreaterThan(100);
    const unattached = targets.filter((t) => t.rel === null).map((t) => t.fn);
    expect(unattached, 'trigger functions no trigger uses (dead code, and uncheckable)').toEqual([]);
    const findings: string[] = [];
    for (const t of targets) {
      const rows = await queryRows<{ level: string; message: string; lineno: number | null }>(
        d.db,
        sql`select level, message, lineno from plpgsql_check_function_tb(${t.oid}::oid, ${t.rel}::oid,
              fatal_errors => false, other_warnings => true, extra_warnings => true,
              oldtable => ${t.old}::name, newtable => ${t.new}::name)`,
      );
      for (const r of rows)
        findings.push(
          `${t.fn}${t.relname ? ` on ${t.relname}` : ''}:${r.lineno ?? '?'} ${r.level}: ${r.message}`,
        );
    }
    expect(findings).toEqual([]);
  }, 120_000);
});
