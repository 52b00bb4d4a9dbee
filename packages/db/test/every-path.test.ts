import { queryOne, queryRows, sql } from '@touriquest/core';
import { describeEngines, expectRule, makeDraftListings } from '@touriquest/testing';
import { expect, it } from 'vitest';

/**
 * Rules of issue 11's audit that cross packages, on the raw-SQL paths an operator's psql session takes:
 * TRUNCATE of one partition, time zones on every table that has one, derived ratings and counts.
 */
describeEngines('rules on every path across packages', (ctx) => {
  it('TRUNCATE of any partition of an append-only table is refused, not only of the parent', async () => {
    await ctx.db.execute(sql`select tq_premake_partitions()`);
    const partitions = await queryRows<{ parent: string; child: string }>(
      ctx.db,
      sql`select p.relname as parent, n.nspname || '.' || c.relname as child
            from pg_inherits i join pg_class c on c.oid = i.inhrelid join pg_class p on p.oid = i.inhparent
            join pg_namespace n on n.oid = c.relnamespace
           where p.relname in ('audit_log', 'system_health_checks') order by 1, 2`,
    );
    // Default partition plus last month through premake_months ahead, for both.
    expect(partitions.filter((r) => r.parent === 'audit_log').length).toBeGreaterThanOrEqual(3);
    expect(partitions.filter((r) => r.parent === 'system_health_checks').length).toBeGreaterThanOrEqual(3);
    for (const { parent, child } of partitions)
      await expectRule(ctx.db, `${parent}_append_only`, (sp) => sp.execute(sql.raw(`truncate ${child}`)));
    // A partition made later (the next deploy's or the maintenance job's) is guarded too.
    await ctx.db.execute(
      sql`update partition_policies set premake_months = 6 where parent_table = 'audit_log'`,
    );
    const made = await queryRows<{ name: string }>(ctx.db, sql`select tq_premake_partitions() as name`);
    expect(made.length).toBeGreaterThan(0);
    for (const { name } of made)
      await expectRule(ctx.db, /_append_only$/, (sp) => sp.execute(sql.raw(`truncate partitions.${name}`)));
  });

  it('keeps updated_at on every table that has it: each has the touch trigger, and a raw UPDATE moves it', () =>
    ctx.rollback(async (tx) => {
      const untouched = await queryRows<{ table: string }>(
        tx,
        sql`select c.relname as table from pg_attribute a join pg_class c on c.oid = a.attrelid
              join pg_namespace n on n.oid = c.relnamespace
             where n.nspname = 'public' and c.relkind in ('r', 'p') and a.attname = 'updated_at'
               and not exists (select 1 from pg_trigger t where t.tgrelid = c.oid and not t.tgisinternal
                                 and t.tgname = c.relname || '_touch_trg')
             order by 1`,
      );
      expect(untouched).toEqual([]);
      const { user } = await makeDraftListings(tx);
      const before = await queryOne<{ at: string }>(
        tx,
        sql`select updated_at::text as at from users where id = ${user.id}`,
      );
      // An operator's edit, even one that tries to set the stamp itself: the trigger's clock wins.
      await tx.execute(
        sql`update users set first_name = 'Raw psql edit', updated_at = '2001-01-01' where id = ${user.id}`,
      );
      const row = await queryOne<{ fresh: boolean }>(
        tx,
        sql`select updated_at > ${before!.at}::timestamptz as fresh from users where id = ${user.id}`,
      );
      expect(row!.fresh).toBe(true);
    }));

  it('time zones are checked against the server’s zone database on every table that has one', () =>
    ctx.rollback(async (tx) => {
      const { user, property, poi, experience } = await makeDraftListings(tx);
      const rows = { users: user.id, properties: property.id, pois: poi.id, experiences: experience.id };
      for (const [table, id] of Object.entries(rows)) {
        await tx.execute(sql.raw(`update ${table} set timezone = 'Africa/Casablanca' where id = '${id}'`));
        // AT TIME ZONE takes these (reading '+01:00' as UTC−1); no zone of the server is called that.
        for (const zone of ['+01:00', 'XYZ+3', 'Europe/Nowhere', ''])
          await expectRule(tx, `${table}_timezone_check`, (sp) =>
            sp.execute(sql.raw(`update ${table} set timezone = '${zone}' where id = '${id}'`)),
          );
      }
      // INSERT is checked once per statement: one bad zone among good rows refuses the whole bulk insert.
      const bulk = {
        users: (zone: string) => `insert into users (email, username, timezone)
          select 'tz-bulk-' || g || '@every-path.test', 'tz_bulk_' || g,
                 case when g = 3 then '${zone}' else 'Europe/Paris' end from generate_series(1, 3) g`,
        properties: (zone: string) => `insert into properties (host_id, type, title, slug, location, city,
            country_code, max_guests, base_price_minor, currency, timezone)
          select host_id, type, title, slug || '-tz-bulk-' || g, location, city, country_code, max_guests,
                 base_price_minor, currency, case when g = 3 then '${zone}' else 'Europe/Paris' end
            from properties, generate_series(1, 3) g where id = '${property.id}'`,
        pois: (zone: string) => `insert into pois (name, slug, category_id, location, tags, timezone)
          select name, slug || '-tz-bulk-' || g, category_id, location, tags,
                 case when g = 3 then '${zone}' else 'Europe/Paris' end
            from pois, generate_series(1, 3) g where id = '${poi.id}'`,
      };
      for (const [table, insert] of Object.entries(bulk)) {
        for (const zone of ['+01:00', 'Europe/Nowhere', ''])
          await expectRule(tx, `${table}_timezone_check`, (sp) => sp.execute(sql.raw(insert(zone))));
        await tx.execute(sql.raw(insert('Asia/Tokyo')));
        const written = await queryOne<{ n: number }>(
          tx,
          sql.raw(`select count(*)::int as n from ${table} where timezone = 'Asia/Tokyo'`),
        );
        expect(written!.n, table).toBe(1);
      }
      // An upsert that moves an existing row to a bad zone goes through the UPDATE check.
      await expectRule(tx, 'users_timezone_check', (sp) =>
        sp.execute(sql`insert into users (id, email, username) select id, email, username from users
                        where id = ${user.id}
                        on conflict (id) do update set timezone = 'Europe/Nowhere'`),
      );
      const zones = await queryOne<{ n: number; utc: boolean }>(
        tx,
        sql`select count(*)::int as n, bool_or(name = 'UTC') as utc from time_zones`,
      );
      expect(zones!.n).toBeGreaterThan(300);
      expect(zones!.utc).toBe(true);
    }));

  it('ratings and helpful counts are derived: written directly, they keep the true values', () =>
    ctx.rollback(async (tx) => {
      const { property, experience, poi } = await makeDraftListings(tx);
      for (const [table, id] of [
        ['properties', property.id],
        ['pois', poi.id],
        ['experiences', experience.id],
      ] as const) {
        await tx.execute(
          sql.raw(`update ${table} set rating_avg = 4.9, rating_count = 1000 where id = '${id}'`),
        );
        const row = await queryOne<{ rating_avg: string; rating_count: number }>(
          tx,
          sql.raw(`select rating_avg::text, rating_count from ${table} where id = '${id}'`),
        );
        expect(row, table).toEqual({ rating_avg: '0.00', rating_count: 0 });
      }
      // INSERT: a listing written with ratings preset starts at the true values (none yet).
      await tx.execute(
        sql`insert into pois (name, slug, category_id, location, tags, rating_avg, rating_count)
            select 'Preset', slug || '-preset', category_id, location, tags, 4.9, 1000 from pois where id = ${poi.id}`,
      );
      const preset = await queryOne<{ rating_avg: string; rating_count: number }>(
        tx,
        sql`select rating_avg::text, rating_count from pois where slug = ${`${poi.slug}-preset`}`,
      );
      expect(preset).toEqual({ rating_avg: '0.00', rating_count: 0 });
    }));
});
