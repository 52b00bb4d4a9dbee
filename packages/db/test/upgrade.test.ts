import '@touriquest/testing';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { queryOne, queryRows, readMigrationFolder, runMigrations, sql } from '@touriquest/core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { allLogic } from '../src/logic';
import { migrateDatabase, migrationsFolder } from '../src/migrate';
import { freshPglite, freshServerDatabase } from './helpers';

/** The history as a deploy of the first release saw it: migrations 0000 and 0001 only. */
function firstRelease(): string {
  const dir = mkdtempSync(join(tmpdir(), 'tq-first-release-'));
  cpSync(migrationsFolder, dir, { recursive: true });
  const journalPath = join(dir, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalPath, 'utf8'));
  journal.entries = journal.entries.filter((e: { idx: number }) => e.idx <= 1);
  writeFileSync(journalPath, JSON.stringify(journal));
  return dir;
}

const files = readMigrationFolder(migrationsFolder).map((f) => f.tag);
const engines = inject('serverUrl') ? (['pglite', 'postgres'] as const) : (['pglite'] as const);

for (const engine of engines) {
  describe(`upgrading a live first-release database [${engine}]`, () => {
    const dir = firstRelease();
    const cleanup: (() => Promise<void>)[] = [() => Promise.resolve(rmSync(dir, { recursive: true }))];
    afterAll(async () => {
      for (const c of cleanup.reverse()) await c();
    });

    it('0002+ keep every point and stay: geography becomes range-checked geometry, status timestamps backfilled', {
      timeout: 120_000,
    }, async () => {
      const d = engine === 'pglite' ? await freshPglite() : await freshServerDatabase();
      cleanup.push(() => ('drop' in d ? (d as { drop(): Promise<void> }).drop() : d.close()));
      // Today's core and users logic still fits the first-release tables; it brings the travel-stats trigger.
      const firstLogic = allLogic.filter((l) => /^(core|users)\//.test(l.name));
      await runMigrations(d, { migrationsFolder: dir, logic: firstLogic });
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
      // Every logic item is re-installed after a migration, so the dropped trigger is back.
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
