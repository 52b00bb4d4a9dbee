import { queryOne, queryRows } from '@touriquest/core';
import {
  createScratchPglite,
  createScratchServerDatabase,
  describeEngines,
  describeServer,
  expectRule,
  explain,
  type TestDb,
} from '@touriquest/testing';
import { eq, getTableColumns, getTableName, is, sql } from 'drizzle-orm';
import { PgTable } from 'drizzle-orm/pg-core';
import { describe, expect, it } from 'vitest';
import {
  eraseUserEvents,
  insertSystemHealthCheckSchema,
  insertUserBehaviorEventSchema,
  latestHealthQuery,
  latestHealthStatus,
  recordHealthCheck,
  systemHealthChecks,
  trackEvents,
  userBehaviorEvents,
} from '../src';

/** `yyyymm` of the month `n` months before the current one (negative: ahead). */
const month = (n: number) => {
  const d = new Date();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() - n);
  return `${d.getUTCFullYear()}${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
};
/** The middle of the month `n` months ago. */
const midMonth = (n: number) => {
  const d = new Date();
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - n, 15, 12));
};

// drizzle.config.ts keeps these tables' files from drizzle-kit: packages/db/test/sql-files.test.ts checks that.

describeEngines('partitioned ai-admin tables', (ctx) => {
  it('has the columns its TypeScript definition declares, with the same nullability', () =>
    ctx.rollback(async (tx) => {
      for (const table of [userBehaviorEvents, systemHealthChecks]) {
        const rows = await queryRows<{ column_name: string; is_nullable: string }>(
          tx,
          sql`select column_name, is_nullable from information_schema.columns
              where table_schema = 'public' and table_name = ${getTableName(table)} order by column_name`,
        );
        // Keys are camelCase; the client's casing setting makes them snake_case in SQL.
        const declared = Object.values(getTableColumns(table))
          .map((c) => [
            c.name.replace(/[A-Z]/g, (m: string) => `_${m.toLowerCase()}`),
            c.notNull ? 'NO' : 'YES',
          ])
          .sort(([a], [b]) => a!.localeCompare(b!));
        expect(rows.map((r) => [r.column_name, r.is_nullable])).toEqual(declared);
      }
    }));

  it('registers policies and has partitions made ahead, outside the public schema', () =>
    ctx.rollback(async (tx) => {
      const policies = await queryRows<{ parent_table: string; retention: unknown }>(
        tx,
        sql`select parent_table, retention::text as retention from partition_policies
            where parent_table in ('user_behavior_events', 'system_health_checks') order by parent_table`,
      );
      expect(policies.map((p) => p.parent_table)).toEqual(['system_health_checks', 'user_behavior_events']);
      for (const parent of ['user_behavior_events', 'system_health_checks']) {
        const parts = await queryRows<{ name: string; schema: string }>(
          tx,
          sql`select c.relname as name, n.nspname as schema from pg_inherits i join pg_class c on c.oid = i.inhrelid
              join pg_namespace n on n.oid = c.relnamespace where i.inhparent = ${`public.${parent}`}::regclass`,
        );
        expect(parts.every((p) => p.schema === 'partitions')).toBe(true);
        const names = parts.map((p) => p.name);
        expect(names).toEqual(
          expect.arrayContaining([`${parent}_p${month(0)}`, `${parent}_p${month(-3)}`, `${parent}_default`]),
        );
      }
    }));

  it('routes rows to their month, drops months past retention, and keeps the rest', async () => {
    const scratch =
      ctx.engine === 'pglite'
        ? await createScratchPglite()
        : await createScratchServerDatabase({ poolSize: 2 });
    const db = scratch.db as unknown as TestDb;
    try {
      await db.execute(sql`select tq_ensure_monthly_partitions('system_health_checks', 0, 8)`);
      await db.execute(sql`select tq_ensure_monthly_partitions('user_behavior_events', 0, 8)`);
      for (const n of [6, 1, 0]) {
        await recordHealthCheck(db, { component: 'db.primary', status: 'ok', checkedAt: midMonth(n) });
        await trackEvents(db, [
          { eventType: 'search.performed', occurredAt: midMonth(n), properties: { n } },
        ]);
      }
      const routed = await queryRows<{ part: string }>(
        db,
        sql`select tableoid::regclass::text as part from system_health_checks order by checked_at`,
      );
      expect(routed.map((r) => r.part)).toEqual(
        [6, 1, 0].map((n) => `partitions.system_health_checks_p${month(n)}`),
      );

      // A short retention for the test; the maintenance job applies every policy.
      await db.execute(
        sql`update partition_policies set retention = interval '2 months' where parent_table = 'system_health_checks'`,
      );
      await db.execute(
        sql`update partition_policies set retention = interval '5 months' where parent_table = 'user_behavior_events'`,
      );
      const actions = await queryRows<{ parent_table: string; action: string; partition_name: string }>(
        db,
        sql`select * from tq_maintain_partitions()`,
      );
      const dropped = actions.filter((a) => a.action === 'dropped').map((a) => a.partition_name);
      expect(dropped).toEqual(
        expect.arrayContaining([
          `system_health_checks_p${month(6)}`,
          `system_health_checks_p${month(3)}`,
          `user_behavior_events_p${month(6)}`,
        ]),
      );
      expect(dropped).not.toContain(`system_health_checks_p${month(1)}`);
      expect(dropped).not.toContain(`user_behavior_events_p${month(4)}`);
      const left = await queryRows<{ t: string; n: number }>(
        db,
        sql`select 'checks' as t, count(*)::int as n from system_health_checks
            union all select 'events', count(*)::int from user_behavior_events`,
      );
      expect(left).toEqual([
        { t: 'checks', n: 2 },
        { t: 'events', n: 2 },
      ]);
    } finally {
      if ('drop' in scratch) await (scratch as { drop(): Promise<void> }).drop();
      else await scratch.close();
    }
  });

  it('never edits events or checks, but can erase one user’s events', () =>
    ctx.rollback(async (tx) => {
      // Events need no user row: they have no foreign key, so an id alone will do.
      const u = await queryOne<{ id: string }>(tx, sql`select uuid_generate_v7() as id`);
      expect(insertUserBehaviorEventSchema.safeParse({ eventType: 'Search Performed' }).success).toBe(false);
      expect(
        insertSystemHealthCheckSchema.safeParse({ component: 'db.primary', status: 'sideways' }).success,
      ).toBe(false);
      await expectRule(tx, 'user_behavior_events_event_type_format_check', (sp) =>
        sp.insert(userBehaviorEvents).values({ eventType: 'Search Performed' }),
      );
      await trackEvents(tx, [
        { userId: u!.id, sessionId: 's1', eventType: 'page.viewed', properties: { path: '/riads' } },
        { userId: u!.id, sessionId: 's1', eventType: 'search.performed' },
      ]);
      await expectRule(tx, 'user_behavior_events_append_only', (sp) =>
        sp.update(userBehaviorEvents).set({ eventType: 'x' }).where(eq(userBehaviorEvents.userId, u!.id)),
      );
      expect(await eraseUserEvents(tx, u!.id)).toBe(2);
      const check = await recordHealthCheck(tx, {
        component: 'db.primary',
        status: 'ok',
        metrics: { latencyMs: 3 },
      });
      await expectRule(tx, 'system_health_checks_append_only', (sp) =>
        sp.update(systemHealthChecks).set({ status: 'down' }).where(eq(systemHealthChecks.id, check.id)),
      );
      await expectRule(tx, 'system_health_checks_append_only', (sp) =>
        sp.delete(systemHealthChecks).where(eq(systemHealthChecks.id, check.id)),
      );
    }));

  it('gives the latest status of each component', () =>
    ctx.rollback(async (tx) => {
      const ago = (min: number) => new Date(Date.now() - min * 60_000);
      await recordHealthCheck(tx, { component: 'tqtest.db', status: 'ok', checkedAt: ago(30) });
      await recordHealthCheck(tx, {
        component: 'tqtest.db',
        status: 'degraded',
        checkedAt: ago(5),
        metrics: { lagMs: 900 },
      });
      await recordHealthCheck(tx, { component: 'tqtest.cache', status: 'down', checkedAt: ago(20) });
      await recordHealthCheck(tx, { component: 'tqtest.cache', status: 'ok', checkedAt: ago(2) });
      await recordHealthCheck(tx, {
        component: 'tqtest.search',
        status: 'down',
        checkedAt: ago(3 * 24 * 60),
      });
      const latest = (await latestHealthStatus(tx)).filter((h) => h.component.startsWith('tqtest.'));
      expect(latest.map((h) => [h.component, h.status])).toEqual([
        ['tqtest.cache', 'ok'],
        ['tqtest.db', 'degraded'],
      ]);
      const week = (await latestHealthStatus(tx, { since: ago(7 * 24 * 60) })).filter((h) =>
        h.component.startsWith('tqtest.'),
      );
      expect(week.map((h) => h.component)).toEqual(['tqtest.cache', 'tqtest.db', 'tqtest.search']);
    }));
});

describeServer('ai-admin access paths (EXPLAIN)', (ctx) => {
  it('finds the latest check per component through the (component, checked_at desc) index of each partition', () =>
    ctx.rollback(async (tx) => {
      // Empty partitions make bitmap scans and a sort look as cheap; the shape on real volumes is the index walk.
      await tx.execute(sql`set local enable_seqscan = off`);
      await tx.execute(sql`set local enable_bitmapscan = off`);
      const plan = await explain(tx, latestHealthQuery(tx));
      expect(plan).not.toContain(`system_health_checks_p${month(-2)}`);
      expect(plan).toMatch(/Index Scan using system_health_checks_(p\d{6}|default)_component_checked_at_idx/);
      expect(plan).toContain('Unique');
      expect(plan).not.toMatch(/Sort\b(?! Key)/);
    }));
});
