import { describeEngines, expectRule } from '@touriquest/testing';
import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { queryRows } from '../src';

const monthsAgo = (n: number) => {
  const d = new Date();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() - n);
  return `${d.getUTCFullYear()}${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
};

describeEngines('monthly partitions of audit_log', (ctx) => {
  it('has partitions made ahead of time, outside the public schema', () =>
    ctx.rollback(async (tx) => {
      const rows = await queryRows<{ name: string; schema: string }>(
        tx,
        sql`select c.relname as name, n.nspname as schema from pg_inherits i join pg_class c on c.oid = i.inhrelid
            join pg_namespace n on n.oid = c.relnamespace where i.inhparent = 'public.audit_log'::regclass`,
      );
      expect(rows.every((r) => r.schema === 'partitions')).toBe(true);
      const names = rows.map((r) => r.name);
      expect(names).toContain(`audit_log_p${monthsAgo(0)}`);
      expect(names).toContain(`audit_log_p${monthsAgo(-2)}`);
      expect(names).toContain('audit_log_default');
    }));

  it('routes rows by month and drops the months past retention', () =>
    ctx.rollback(async (tx) => {
      await tx.execute(sql`select tq_ensure_monthly_partitions('audit_log', 0, 30)`);
      const old = monthsAgo(28);
      await tx.execute(sql`insert into audit_log (table_name, record_id, action, occurred_at)
        values ('t', uuid_generate_v7(), 'insert', now() - interval '28 months')`);
      const [routed] = await queryRows<{ part: string }>(
        tx,
        sql`select tableoid::regclass::text as part from audit_log where table_name = 't'`,
      );
      expect(routed?.part).toBe(`partitions.audit_log_p${old}`);
      const dropped = await queryRows<{ name: string }>(
        tx,
        sql`select x as name from tq_drop_expired_partitions('audit_log', interval '2 years') x`,
      );
      expect(dropped.map((d) => d.name)).toContain(`audit_log_p${old}`);
      expect(dropped.map((d) => d.name)).not.toContain(`audit_log_p${monthsAgo(1)}`);
      const [left] = await queryRows<{ n: number }>(
        tx,
        sql`select count(*)::int as n from audit_log where table_name = 't'`,
      );
      expect(left?.n).toBe(0);
    }));

  it('makes a month whose rows already landed in the default partition, moving them in (append-only kept)', () =>
    ctx.rollback(async (tx) => {
      // Maintenance skipped for too long: rows of a month without a partition went to the default one.
      await tx.execute(sql`insert into audit_log (table_name, record_id, action, occurred_at)
        values ('stray', uuid_generate_v7(), 'insert', now() + interval '8 months'),
               ('stray', uuid_generate_v7(), 'insert', now() + interval '9 months')`);
      const where = async () =>
        (
          await queryRows<{ part: string }>(
            tx,
            sql`select tableoid::regclass::text as part from audit_log where table_name = 'stray' order by occurred_at`,
          )
        ).map((r) => r.part);
      expect(await where()).toEqual(['partitions.audit_log_default', 'partitions.audit_log_default']);
      const made = await queryRows<{ name: string }>(
        tx,
        sql`select x as name from tq_ensure_monthly_partitions('audit_log', 9, 0) x`,
      );
      expect(made.map((m) => m.name)).toContain(`audit_log_p${monthsAgo(-8)}`);
      expect(await where()).toEqual([
        `partitions.audit_log_p${monthsAgo(-8)}`,
        `partitions.audit_log_p${monthsAgo(-9)}`,
      ]);
      // The default partition is back, and the moved rows are still append-only.
      const [def] = await queryRows<{ n: number }>(
        tx,
        sql`select count(*)::int as n from pg_inherits where inhparent = 'audit_log'::regclass
              and inhrelid = 'partitions.audit_log_default'::regclass`,
      );
      expect(def?.n).toBe(1);
      await expectRule(tx, 'audit_log_append_only', (sp) =>
        sp.execute(sql`delete from audit_log where table_name = 'stray'`),
      );
    }));

  it('applies every partition policy in one maintenance call', () =>
    ctx.rollback(async (tx) => {
      await tx.execute(
        sql`update partition_policies set premake_months = 6 where parent_table = 'audit_log'`,
      );
      const rows = await queryRows<{ parent_table: string; action: string; partition_name: string }>(
        tx,
        sql`select * from tq_maintain_partitions()`,
      );
      expect(rows).toContainEqual({
        parent_table: 'audit_log',
        action: 'created',
        partition_name: `audit_log_p${monthsAgo(-6)}`,
      });
    }));
});
