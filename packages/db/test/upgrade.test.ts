import '@touriquest/testing';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type Database,
  type DatabaseLogic,
  queryOne,
  queryRows,
  readMigrationFolder,
  runMigrations,
  sql,
  toRuleError,
} from '@touriquest/core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { allLogic } from '../src/logic';
import { migrateDatabase, migrationsFolder } from '../src/migrate';
import { catalog, freshPglite, freshServerDatabase } from './helpers';

/**
 * Release 0.1's repeatable logic exactly as it shipped (captured from its `allLogic`): it still created
 * audit_log, the partitioned analytics tables, the exclusion constraints and a materialized view's index.
 */
const release01Logic: DatabaseLogic[] = JSON.parse(
  readFileSync(new URL('./fixtures/release-0.1-logic.json', import.meta.url), 'utf8'),
);

/** The history as a deploy of an earlier release saw it: migrations 0000 … `lastIdx`. */
function historyUpTo(lastIdx: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'tq-old-release-'));
  cpSync(migrationsFolder, dir, { recursive: true });
  const journalPath = join(dir, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalPath, 'utf8'));
  journal.entries = journal.entries.filter((e: { idx: number }) => e.idx <= lastIdx);
  writeFileSync(journalPath, JSON.stringify(journal));
  return dir;
}

const files = readMigrationFolder(migrationsFolder).map((f) => f.tag);
const engines = inject('serverUrl') ? (['pglite', 'postgres'] as const) : (['pglite'] as const);

for (const engine of engines) {
  describe(`upgrading live databases of earlier releases [${engine}]`, () => {
    const cleanup: (() => Promise<void>)[] = [];
    const fresh = async () => {
      const d = engine === 'pglite' ? await freshPglite() : await freshServerDatabase();
      cleanup.push(() => ('drop' in d ? (d as { drop(): Promise<void> }).drop() : d.close()));
      return d;
    };
    const folder = (lastIdx: number) => {
      const dir = historyUpTo(lastIdx);
      cleanup.push(() => Promise.resolve(rmSync(dir, { recursive: true, force: true })));
      return dir;
    };
    afterAll(async () => {
      for (const c of cleanup.reverse()) await c();
    });

    it('release 0.1 holding data, upgraded, equals a fresh database object for object; both changes reach it', {
      timeout: 240_000,
    }, async () => {
      const d = await fresh();
      await runMigrations(d, { migrationsFolder: folder(3), logic: release01Logic });
      const host = await queryOne<{ id: string }>(
        d.db,
        sql`insert into users (email, username) values ('host-upgrade@example.com', 'host_upgrade') returning id`,
      );
      const stay = await queryOne<{ property_id: string }>(
        d.db,
        sql`with p as (
              insert into properties (host_id, type, title, slug, location, max_guests, base_price_minor, currency, status)
              values (${host!.id}, 'riad', 'Riad', 'riad-upgrade', 'SRID=4326;POINT(-7.98 31.63)', 2, 9000, 'EUR', 'active')
              returning id)
            insert into bookings (property_id, guest_id, reference, check_in, check_out, adults, subtotal_minor,
                                  total_minor, currency, status, confirmed_at)
            select p.id, ${host!.id}, 'TQ-UPGRAD02', '2025-05-01', '2025-05-04', 1, 27000, 27000, 'EUR', 'completed', now()
              from p returning property_id`,
      );
      await d.db.execute(
        sql`insert into user_behavior_events (user_id, event_type) values (${host!.id}, 'search.performed')`,
      );
      // Under release 0.1 a completed stay did not hold its nights: an overlapping import went through.
      const overlapping = sql`insert into bookings (property_id, guest_id, reference, check_in, check_out, adults,
          subtotal_minor, total_minor, currency, status, confirmed_at)
        values (${stay!.property_id}, ${host!.id}, 'TQ-UPGRAD03', '2025-05-02', '2025-05-03', 1, 9000, 9000, 'EUR',
          'completed', now())`;
      await d.db
        .transaction(async (tx) => {
          await tx.execute(overlapping);
          tx.rollback();
        })
        .catch((e: Error) => {
          if (!/rollback/i.test(e.message)) throw e;
        });

      const report = await migrateDatabase(d);
      expect(report.applied).toEqual(files.slice(4));
      expect(report.logicApplied).toEqual(allLogic.map((l) => l.name));
      // The attach helpers of release 0.1 are gone with 0004; nothing else was left behind.
      const reference = await fresh();
      await migrateDatabase(reference);
      const [upgraded, clean] = await Promise.all([
        catalog(d, { columnOrder: true }),
        catalog(reference, { columnOrder: true }),
      ]);
      for (const k of Object.keys(clean)) expect(upgraded[k], k).toEqual(clean[k]);
      expect(clean.functions.join('\n')).not.toMatch(/tq_attach_standard_triggers|tq_make_append_only/);

      // 0005: the nights of the completed stay are now held.
      const refused = await d.db.execute(overlapping).then(
        () => null,
        (e: unknown) => toRuleError(e)?.rule ?? String(e),
      );
      expect(refused).toBe('bookings_no_overlap_excl');
      // …on UPDATE too: moving another past stay onto those nights is refused.
      await d.db.execute(sql`insert into bookings (property_id, guest_id, reference, check_in, check_out, adults,
          subtotal_minor, total_minor, currency, status, confirmed_at)
        values (${stay!.property_id}, ${host!.id}, 'TQ-UPGRAD04', '2025-06-01', '2025-06-03', 1, 18000, 18000, 'EUR',
          'completed', now())`);
      const moved = await d.db
        .execute(
          sql`update bookings set check_in = '2025-05-03', check_out = '2025-05-05' where reference = 'TQ-UPGRAD04'`,
        )
        .then(
          () => null,
          (e: unknown) => toRuleError(e)?.rule ?? String(e),
        );
      expect(moved).toBe('bookings_no_overlap_excl');
      // 0006: the partitioned table's existing rows kept, the new column on the parent and every partition.
      const events = await queryRows<{ event_type: string; platform: string | null }>(
        d.db,
        sql`select event_type, platform::text as platform from user_behavior_events`,
      );
      expect(events).toEqual([{ event_type: 'search.performed', platform: null }]);
      await d.db.execute(
        sql`insert into user_behavior_events (event_type, platform) values ('app.opened', 'ios')`,
      );
      const partitionsWithColumn = await queryOne<{ n: number; total: number }>(
        d.db,
        sql`select count(*) filter (where exists (select 1 from pg_attribute a where a.attrelid = i.inhrelid
                  and a.attname = 'platform' and not a.attisdropped))::int as n, count(*)::int as total
              from pg_inherits i where i.inhparent = 'user_behavior_events'::regclass`,
      );
      expect(partitionsWithColumn!.total).toBeGreaterThan(1);
      expect(partitionsWithColumn!.n).toBe(partitionsWithColumn!.total);
    });

    it('the first release (0000+0001) keeps every point and stay through 0002+', {
      timeout: 180_000,
    }, async () => {
      const d: Database<any> = await fresh();
      // Release 0.1's core and users logic fits the first-release tables; it brings the travel-stats trigger.
      const firstLogic = release01Logic.filter((l) => /^(core|users)\//.test(l.name));
      await runMigrations(d, { migrationsFolder: folder(1), logic: firstLogic });
      // Data written under the first release: geography points, and the travel-stats trigger that names
      // home_location (PostgreSQL refuses to retype a column a trigger's `update of` names).
      const u = await queryOne<{ id: string }>(
        d.db,
        sql`insert into users (email, username) values ('upgrade@example.com', 'upgrade_user') returning id`,
      );
      await d.db.execute(sql`insert into user_profiles (user_id, home_location, languages, interests)
        values (${u!.id}, 'SRID=4326;POINT(2.3522 48.8566)'::geography, '{}', '{}')`);
      await d.db.execute(sql`insert into travel_history (user_id, country_code, location, visited_from, visited_to)
        values (${u!.id}, 'MA', 'SRID=4326;POINT(-7.9811 31.6295)'::geography, '2025-01-01', '2025-01-04')`);
      await d.db.execute(sql`insert into social_posts (author_id, body, location)
        values (${u!.id}, 'Mint tea', 'SRID=4326;POINT(-7.9891 31.6258)'::geography)`);

      // A stay imported straight as completed, without confirmed_at (0003 backfills it, then requires it).
      const stay = await queryOne<{ id: string; created_at: string }>(
        d.db,
        sql`with p as (
              insert into properties (host_id, type, title, slug, location, max_guests, base_price_minor, currency)
              values (${u!.id}, 'riad', 'Riad', 'riad-upgrade', 'SRID=4326;POINT(-7.98 31.63)', 2, 9000, 'EUR')
              returning id)
            insert into bookings (property_id, guest_id, reference, check_in, check_out, adults, subtotal_minor,
                                  total_minor, currency, status)
            select p.id, ${u!.id}, 'TQ-UPGRAD01', '2025-05-01', '2025-05-03', 1, 18000, 18000, 'EUR', 'completed'
              from p returning id, created_at::text`,
      );

      const report = await migrateDatabase(d);
      expect(report.applied).toEqual(files.slice(2));
      // Every item is new under its file name; the trigger 0002 dropped is back.
      expect(report.logicApplied).toEqual(allLogic.map((l) => l.name));

      const types = await queryRows<{ t: string }>(
        d.db,
        sql`select format_type(a.atttypid, a.atttypmod) as t from pg_attribute a
             where (a.attrelid, a.attname) in (('user_profiles'::regclass, 'home_location'),
               ('travel_history'::regclass, 'location'), ('social_posts'::regclass, 'location'),
               ('search_index'::regclass, 'location'))`,
      );
      expect(types.map((r) => r.t)).toEqual(Array(4).fill('geometry(Point,4326)'));
      const points = await queryOne<Record<string, number>>(
        d.db,
        sql`select st_x(p.home_location) as hx, st_y(p.home_location) as hy,
                   st_x(h.location) as tx, st_y(h.location) as ty, st_x(s.location) as sx, st_y(s.location) as sy
              from user_profiles p join travel_history h using (user_id) join social_posts s on s.author_id = p.user_id
             where p.user_id = ${u!.id}`,
      );
      expect(points).toEqual({ hx: 2.3522, hy: 48.8566, tx: -7.9811, ty: 31.6295, sx: -7.9891, sy: 31.6258 });
      // The trigger works again: moving home recomputes the distance (Marrakesh → Marrakesh is ~0 km).
      await d.db.execute(sql`update user_profiles set home_location = 'SRID=4326;POINT(-7.9811 31.6295)'
                             where user_id = ${u!.id}`);
      const stats = await queryOne<{ km: number }>(
        d.db,
        sql`select distance_km::float8 as km from travel_stats where user_id = ${u!.id}`,
      );
      expect(Number(stats!.km)).toBe(0);
      const backfilled = await queryOne<{ confirmed: string }>(
        d.db,
        sql`select confirmed_at::text as confirmed from bookings where id = ${stay!.id}`,
      );
      expect(backfilled!.confirmed).toBe(stay!.created_at);
    });
  });
}
