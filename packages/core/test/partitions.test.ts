import { describeEngines } from '@touriquest/testing';
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
