import { queryRows, sql } from '@touriquest/core';
import {
  createScratchPglite,
  createScratchServerDatabase,
  engines,
  type TestDatabase,
} from '@touriquest/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runTour } from '../src/cli/tour';
import { runSeed } from '../src/seed';

async function count(d: TestDatabase, q: ReturnType<typeof sql>): Promise<number> {
  const [r] = await queryRows<{ n: number }>(d.db, q);
  return Number(r!.n);
}

for (const engine of engines()) {
  describe(`seed --scale tiny [${engine}]`, () => {
    let d: TestDatabase & { drop?: () => Promise<void> };
    let report: Awaited<ReturnType<typeof runSeed>>;
    beforeAll(async () => {
      d =
        engine === 'pglite'
          ? await createScratchPglite()
          : await createScratchServerDatabase({ poolSize: 5 });
      report = await runSeed(d, { scale: 'tiny', seed: 7 });
    });
    afterAll(async () => {
      await (d.drop ? d.drop() : d.close());
    });

    it('every table gets rows, partitioned ones included', async () => {
      expect(report.seeded).toBe(true);
      // Straight from the catalog, so a table added later without a seeder fails here.
      const tables = await queryRows<{ name: string }>(
        d.db,
        sql`select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
             where n.nspname = 'public' and c.relkind in ('r', 'p') and not c.relispartition
               and not exists (select 1 from pg_depend e where e.objid = c.oid and e.deptype = 'e')
             order by 1`,
      );
      expect(tables.length).toBeGreaterThan(60);
      const empty: string[] = [];
      for (const { name } of tables) {
        if ((await count(d, sql`select count(*)::int as n from ${sql.identifier(name)}`)) === 0)
          empty.push(name);
      }
      expect(empty).toEqual([]);
    });

    it('seeds every domain (none skipped)', () => {
      expect(report.skipped).toEqual([]);
    });

    it('counters and aggregates kept by triggers are exact, and no rule is broken (recount from scratch)', async () => {
      const checks = {
        followers: sql`select count(*)::int as n from user_social_profiles p where follower_count <> (select count(*) from user_follows f where f.followee_id = p.user_id) or following_count <> (select count(*) from user_follows f where f.follower_id = p.user_id)`,
        posts: sql`select count(*)::int as n from social_posts s where like_count <> (select count(*) from post_likes l where l.post_id = s.id)`,
        groups: sql`select count(*)::int as n from travel_groups g where member_count <> (select count(*) from travel_group_members m where m.group_id = g.id and m.status = 'joined') or member_count > max_members`,
        conversations: sql`select count(*)::int as n from ai_conversations c where message_count <> (select count(*) from ai_messages m where m.conversation_id = c.id)`,
        stats: sql`select count(*)::int as n from users u where (select count(distinct country_code) from travel_history h where h.user_id = u.id) <> coalesce((select countries_visited from travel_stats s where s.user_id = u.id), 0)`,
        ratings: sql`select count(*)::int as n from properties p where rating_count <> (select count(*) from reviews r where r.property_id = p.id and r.status = 'published' and r.deleted_at is null) or rating_avg <> coalesce((select round(avg(rating), 2) from reviews r where r.property_id = p.id and r.status = 'published' and r.deleted_at is null), 0)`,
        helpful: sql`select count(*)::int as n from reviews r where helpful_count <> (select count(*) from review_helpful_votes v where v.review_id = r.id and v.is_helpful)`,
        seats: sql`select count(*)::int as n from experience_schedules s where seats_booked <> coalesce((select sum(participants) from experience_bookings b where b.schedule_id = s.id and b.status <> 'cancelled'), 0) or seats_booked > capacity`,
        overlaps: sql`select count(*)::int as n from bookings a join bookings b on a.property_id = b.property_id and a.id < b.id where a.status in ('pending', 'confirmed') and b.status in ('pending', 'confirmed') and daterange(a.check_in, a.check_out) && daterange(b.check_in, b.check_out)`,
        search: sql`select count(*)::int as n from pois p where p.status = 'active' and p.deleted_at is null and not exists (select 1 from search_index s where s.entity_type = 'poi' and s.entity_id = p.id)`,
      };
      for (const [name, q] of Object.entries(checks)) expect(await count(d, q), name).toBe(0);
    });

    it('never stores a secret in the clear', async () => {
      expect(
        await count(
          d,
          sql`select count(*)::int as n from user_auth where password_hash !~ '^[$]argon2id[$]'`,
        ),
      ).toBe(0);
      expect(
        await count(
          d,
          sql`select count(*)::int as n from user_sessions where refresh_token_hash !~ '^[0-9a-f]{64}$'`,
        ),
      ).toBe(0);
    });

    it('a second run leaves the seeded database alone', async () => {
      const before = await count(d, sql`select count(*)::int as n from users`);
      const again = await runSeed(d, { scale: 'tiny', seed: 7 });
      expect(again.seeded).toBe(false);
      expect(await count(d, sql`select count(*)::int as n from users`)).toBe(before);
    });

    it('the tour runs on the seeded data and shows each showcase', async () => {
      const lines: string[] = [];
      await runTour(d, (l) => lines.push(l));
      const text = lines.join('\n');
      expect(text).toMatch(/== Nearest/);
      expect(text).toMatch(/free for the weekend/);
      expect(text).toMatch(/== Full-text search/);
      expect(text).toMatch(/rule [a-z_]+_(check|excl)/);
      expect(text).toMatch(/soft_delete/);
      expect(text).not.toMatch(/run seed first/);
    });

    it('refuses to seed over the partial data of an interrupted batch seed', async () => {
      await d.db.execute(sql`delete from drizzle.touriquest_seed`);
      await expect(runSeed(d, { scale: 'medium', seed: 7 })).rejects.toThrow(
        /interrupted seed left partial data/,
      );
      await d.db.execute(sql`insert into drizzle.touriquest_seed (scale, seed) values ('tiny', 7)`);
    });

    if (engine === 'pglite') {
      it('is deterministic: the same seed gives the same data', async () => {
        const other = await createScratchPglite();
        try {
          await runSeed(other, { scale: 'tiny', seed: 7 });
          const q = sql`select string_agg(username || ':' || coalesce(last_name, ''), ',' order by username) as n from users`;
          const [a] = await queryRows<{ n: string }>(d.db, q);
          const [b] = await queryRows<{ n: string }>(other.db, q);
          expect(a!.n).toBe(b!.n);
          const p = sql`select string_agg(body, '|' order by body) as n from social_posts`;
          expect((await queryRows<{ n: string }>(d.db, p))[0]!.n).toBe(
            (await queryRows<{ n: string }>(other.db, p))[0]!.n,
          );
        } finally {
          await other.close();
        }
      });
    }
  });
}
