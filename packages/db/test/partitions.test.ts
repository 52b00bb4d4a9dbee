/**
 * Every partitioned table, found in the migrated catalog rather than listed here (a table added later is
 * covered without touching this file): it has a partition policy with a retention, its months are made
 * ahead, retention drops only what it should, and a query on a time window reads only that window's
 * partitions — at plan time with literal bounds, at executor startup with `now()`-relative ones.
 */
import { queryRows, sql } from '@touriquest/core';
import { describeEngines, explain, type TestDb } from '@touriquest/testing';
import { expect, it } from 'vitest';

interface Partitioned {
  parent: string;
  key: string;
  premake: number;
  retention: string | null;
  retentionMonths: number | null;
}

/** `yyyymm` of the month `n` months from the current one (negative: back). */
const monthTag = (n: number) => {
  const d = new Date();
  const m = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + n, 1));
  return `${m.getUTCFullYear()}${String(m.getUTCMonth() + 1).padStart(2, '0')}`;
};
const monthStart = (n: number) => {
  const d = new Date();
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + n, 1)).toISOString();
};

async function partitionedTables(tx: TestDb): Promise<Partitioned[]> {
  return queryRows<Partitioned>(
    tx,
    sql`select c.relname as parent, a.attname as key, p.premake_months as premake, p.retention::text as retention,
               (extract(year from p.retention) * 12 + extract(month from p.retention))::int as "retentionMonths"
        from pg_partitioned_table pt
        join pg_class c on c.oid = pt.partrelid
        join pg_attribute a on a.attrelid = pt.partrelid and a.attnum = pt.partattrs[0]
        left join partition_policies p on p.parent_table = c.relname
        where c.relnamespace = 'public'::regnamespace
        order by 1`,
  );
}

async function partitionsOf(tx: TestDb, parent: string): Promise<string[]> {
  const rows = await queryRows<{ name: string }>(
    tx,
    sql`select c.relname as name from pg_inherits i join pg_class c on c.oid = i.inhrelid
        where i.inhparent = ${`public.${parent}`}::regclass order by 1`,
  );
  return rows.map((r) => r.name);
}

/** The partitions a plan reads (scans of `<parent>_p<yyyymm>` or `<parent>_default`). */
const scanned = (plan: string, parent: string) =>
  [...new Set(plan.match(new RegExp(`\\b${parent}_(p\\d{6}|default)\\b`, 'g')) ?? [])].sort();

describeEngines('partitioned tables: policies, premade months, retention, pruning', (ctx) => {
  it('every partitioned table has a policy with a retention, and every policy a partitioned table', () =>
    ctx.rollback(async (tx) => {
      const tables = await partitionedTables(tx);
      expect(tables.map((t) => t.parent)).toEqual([
        'audit_log',
        'system_health_checks',
        'user_behavior_events',
      ]);
      for (const t of tables) {
        expect(t.premake, `${t.parent} has no row in partition_policies`).toBeGreaterThanOrEqual(1);
        // Unbounded growth is a decision to write down, not a default: every table here has a retention.
        expect(t.retention, `${t.parent} keeps everything forever`).not.toBeNull();
      }
      const orphans = await queryRows<{ parent_table: string }>(
        tx,
        sql`select parent_table from partition_policies
            where to_regclass('public.' || quote_ident(parent_table)) is null
               or not exists (select 1 from pg_partitioned_table where partrelid = to_regclass('public.' || quote_ident(parent_table)))`,
      );
      expect(orphans).toEqual([]);
    }));

  it('has every month from last month through premake_months ahead, and a default partition', () =>
    ctx.rollback(async (tx) => {
      for (const t of await partitionedTables(tx)) {
        const parts = await partitionsOf(tx, t.parent);
        const wanted = [`${t.parent}_default`];
        for (let n = -1; n <= t.premake; n++) wanted.push(`${t.parent}_p${monthTag(n)}`);
        expect(parts, t.parent).toEqual(expect.arrayContaining(wanted));
      }
    }));

  it('drops, by the policy, exactly the months past retention and keeps the months within it', () =>
    ctx.rollback(async (tx) => {
      for (const t of await partitionedTables(tx)) {
        const months = t.retentionMonths!;
        expect(months, `${t.parent}: retention must be whole months or years`).toBeGreaterThan(0);
        // Months back to two past the retention: the two oldest are expired, the rest are kept.
        await tx.execute(sql`select tq_ensure_monthly_partitions(${t.parent}, 0, ${months + 2})`);
        const expired = monthTag(-(months + 1));
        const kept = monthTag(-(months - 1));
        expect(await partitionsOf(tx, t.parent)).toEqual(
          expect.arrayContaining([`${t.parent}_p${expired}`, `${t.parent}_p${kept}`]),
        );
        const actions = await queryRows<{ parent_table: string; action: string; partition_name: string }>(
          tx,
          sql`select * from tq_maintain_partitions() where parent_table = ${t.parent}`,
        );
        const dropped = actions.filter((a) => a.action === 'dropped').map((a) => a.partition_name);
        expect(dropped, t.parent).toEqual([
          `${t.parent}_p${monthTag(-(months + 2))}`,
          `${t.parent}_p${expired}`,
        ]);
        const left = await partitionsOf(tx, t.parent);
        expect(left).toContain(`${t.parent}_p${kept}`);
        expect(left).toContain(`${t.parent}_p${monthTag(-months)}`);
        expect(left).not.toContain(`${t.parent}_p${expired}`);
      }
    }));

  it('reads only the partition of a month queried with literal bounds (plan-time pruning)', () =>
    ctx.rollback(async (tx) => {
      for (const t of await partitionedTables(tx)) {
        const plan = await explain(
          tx,
          sql`select count(*) from ${sql.identifier(t.parent)}
              where ${sql.identifier(t.key)} >= ${sql.raw(`'${monthStart(0)}'`)}::timestamptz
                and ${sql.identifier(t.key)} < ${sql.raw(`'${monthStart(1)}'`)}::timestamptz`,
        );
        expect(scanned(plan, t.parent), `${t.parent}\n${plan}`).toEqual([`${t.parent}_p${monthTag(0)}`]);
      }
    }));

  it('reads only the partitions a now()-relative window can touch (pruned at executor startup)', () =>
    ctx.rollback(async (tx) => {
      for (const t of await partitionedTables(tx)) {
        const plan = await explain(
          tx,
          sql`select count(*) from ${sql.identifier(t.parent)}
              where ${sql.identifier(t.key)} >= now() - interval '1 hour' and ${sql.identifier(t.key)} < now()`,
        );
        const read = scanned(plan, t.parent);
        // The last hour lies in this month, or — in the first hour of a month — partly in the previous one.
        expect(read.length, `${t.parent}\n${plan}`).toBeGreaterThanOrEqual(1);
        expect([`${t.parent}_p${monthTag(-1)}`, `${t.parent}_p${monthTag(0)}`]).toEqual(
          expect.arrayContaining(read),
        );
        expect(plan).toMatch(/Subplans Removed: [1-9]/);
      }
    }));
});
