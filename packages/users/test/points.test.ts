import { queryOne } from '@touriquest/core';
import { describeEngines, expectRule } from '@touriquest/testing';
import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';

// geography input would fold lat 95 to 85 with only a NOTICE; the geometry columns keep what they are given,
// so the range CHECKs can refuse it — also from raw SQL that never passed through zod.
describeEngines('home location and visited places are in-range WGS 84 points', (ctx) => {
  it('refuses out-of-range coordinates from raw SQL and keeps valid ones exactly', () =>
    ctx.rollback(async (tx) => {
      const name = `pt_${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
      const u = await queryOne<{ id: string }>(
        tx,
        sql`insert into users (email, username) values (${`${name}@example.com`}, ${name}) returning id`,
      );
      for (const bad of ['SRID=4326;POINT(-7.98 95)', 'SRID=4326;POINT(200 31)']) {
        await expectRule(tx, 'user_profiles_home_location_range_check', (sp) =>
          sp.execute(sql`insert into user_profiles (user_id, home_location, languages, interests)
                         values (${u!.id}, ${bad}, '{}', '{}')`),
        );
        await expectRule(tx, 'travel_history_location_range_check', (sp) =>
          sp.execute(sql`insert into travel_history (user_id, country_code, location, visited_from, visited_to)
                         values (${u!.id}, 'MA', ${bad}, '2025-01-01', '2025-01-03')`),
        );
      }
      await tx.execute(sql`insert into user_profiles (user_id, home_location, languages, interests)
                           values (${u!.id}, 'SRID=4326;POINT(2.3522 48.8566)', '{}', '{}')`);
      await tx.execute(sql`insert into travel_history (user_id, country_code, location, visited_from, visited_to)
                           values (${u!.id}, 'MA', 'SRID=4326;POINT(-7.9811 31.6295)', '2025-01-01', '2025-01-03')`);
      const stored = await queryOne<{ lon: number; lat: number; km: number }>(
        tx,
        sql`select st_x(p.home_location) as lon, st_y(p.home_location) as lat, s.distance_km::float8 as km
              from user_profiles p join travel_stats s using (user_id) where p.user_id = ${u!.id}`,
      );
      expect(stored).toMatchObject({ lon: 2.3522, lat: 48.8566 });
      // Paris → Marrakesh on the sphere (the stats trigger measures on ::geography, in km).
      expect(Number(stored!.km)).toBeGreaterThan(2_000);
      expect(Number(stored!.km)).toBeLessThan(2_200);
    }));
});
