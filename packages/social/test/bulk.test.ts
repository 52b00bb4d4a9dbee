import { queryOne } from '@touriquest/core';
import { describeEngines, expectRule, makeUsers, type TestDb } from '@touriquest/testing';
import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { makeProfile, uuids } from './fixtures';

/** Profiles (or posts) whose stored counters differ from a recount: [] when every one is exact. */
async function profileDrift(db: TestDb, userIds: string[]) {
  const row = await queryOne<{ drift: unknown[] | null }>(
    db,
    sql`select array_agg(p.user_id) as drift from user_social_profiles p
         where p.user_id = any(${uuids(userIds)})
           and (p.follower_count, p.following_count, p.post_count) is distinct from (
                (select count(*) from user_follows f where f.followee_id = p.user_id),
                (select count(*) from user_follows f where f.follower_id = p.user_id),
                (select count(*) from social_posts s where s.author_id = p.user_id and s.deleted_at is null))`,
  );
  return row!.drift ?? [];
}

async function postDrift(db: TestDb, authorIds: string[]) {
  const row = await queryOne<{ drift: unknown[] | null }>(
    db,
    sql`select array_agg(p.id) as drift from social_posts p
         where p.author_id = any(${uuids(authorIds)})
           and (p.like_count, p.comment_count) is distinct from (
                (select count(*) from post_likes l where l.post_id = p.id),
                (select count(*) from post_comments c where c.post_id = p.id and c.deleted_at is null))`,
  );
  return row!.drift ?? [];
}

const advisoryLocks = sql`select count(*)::int as n from pg_locks where locktype = 'advisory' and pid = pg_backend_pid()`;

describeEngines('bulk social writes', (ctx) => {
  it('a follow import in one statement takes no advisory locks and leaves every counter exact', () =>
    ctx.rollback(async (tx) => {
      const us = await makeUsers(tx, 40);
      const ids = us.map((u) => u.id);
      for (const id of ids) await makeProfile(tx, id);
      const before = await queryOne<{ n: number }>(tx, advisoryLocks);
      // Every ordered pair: 1,560 follows in one INSERT … SELECT.
      await tx.execute(sql`insert into user_follows (follower_id, followee_id)
        select a, b from unnest(${uuids(ids)}) a, unnest(${uuids(ids)}) b where a <> b`);
      expect(await queryOne<{ n: number }>(tx, advisoryLocks)).toEqual(before);
      expect(await profileDrift(tx, ids)).toEqual([]);
      const star = await queryOne<{ follower_count: number }>(
        tx,
        sql`select follower_count from user_social_profiles where user_id = ${ids[0]!}`,
      );
      expect(star!.follower_count).toBe(39);
      // Half the follows go in one DELETE; some move to newcomers in one UPDATE (followee) and another (follower).
      await tx.execute(sql`delete from user_follows where follower_id = any(${uuids(ids.slice(0, 20))})`);
      const fresh = (await makeUsers(tx, 2)).map((u) => u.id);
      for (const id of fresh) await makeProfile(tx, id);
      await tx.execute(sql`update user_follows set followee_id = ${fresh[0]!}
        where follower_id = any(${uuids(ids.slice(30))}) and followee_id = ${ids[20]!}`);
      await tx.execute(sql`update user_follows set follower_id = ${fresh[1]!}
        where follower_id = ${ids[35]!} and followee_id = any(${uuids(ids.slice(0, 10))})`);
      const moved = await queryOne<{ followers: number; following: number }>(
        tx,
        sql`select (select follower_count from user_social_profiles where user_id = ${fresh[0]!}) as followers,
                   (select following_count from user_social_profiles where user_id = ${fresh[1]!}) as following`,
      );
      expect(moved).toEqual({ followers: 10, following: 10 });
      expect(await profileDrift(tx, [...ids, ...fresh])).toEqual([]);
    }));

  it('one blocked pair refuses a whole bulk follow, on INSERT and on UPDATE', () =>
    ctx.rollback(async (tx) => {
      const us = await makeUsers(tx, 12);
      const ids = us.map((u) => u.id);
      for (const id of ids) await makeProfile(tx, id);
      await tx.execute(
        sql`insert into user_social_connections (requester_id, addressee_id, status) values (${ids[7]!}, ${ids[3]!}, 'blocked')`,
      );
      await expectRule(tx, 'user_follows_blocked_check', (sp) =>
        sp.execute(sql`insert into user_follows (follower_id, followee_id)
          select a, b from unnest(${uuids(ids)}) a, unnest(${uuids(ids)}) b where a <> b`),
      );
      const n = await queryOne<{ n: number }>(
        tx,
        sql`select count(*)::int as n from user_follows
        where follower_id = any(${uuids(ids)})`,
      );
      expect(n!.n).toBe(0);
      // The same pairs without the blocked one go in; moving a follow onto the blocked pair is refused.
      await tx.execute(sql`insert into user_follows (follower_id, followee_id)
        select a, b from unnest(${uuids(ids)}) a, unnest(${uuids(ids)}) b
         where a <> b and not (a in (${ids[3]!}::uuid, ${ids[7]!}::uuid) and b in (${ids[3]!}::uuid, ${ids[7]!}::uuid))`);
      await expectRule(tx, 'user_follows_blocked_check', (sp) =>
        sp.execute(sql`update user_follows set followee_id = ${ids[7]!}
          where follower_id = ${ids[3]!} and followee_id = ${ids[1]!}`),
      );
      await expectRule(tx, 'user_follows_blocked_check', (sp) =>
        sp.execute(sql`update user_follows set follower_id = ${ids[7]!}
          where follower_id = ${ids[1]!} and followee_id = ${ids[3]!}`),
      );
      expect(await profileDrift(tx, ids)).toEqual([]);
    }));

  it('posts, likes and comments in bulk keep post, like and comment counts equal to a recount', () =>
    ctx.rollback(async (tx) => {
      const us = await makeUsers(tx, 10);
      const ids = us.map((u) => u.id);
      for (const id of ids) await makeProfile(tx, id);
      // 50 posts by the first five users in one statement, then every user likes and comments on each.
      await tx.execute(sql`insert into social_posts (author_id, body)
        select a, 'post ' || g from unnest(${uuids(ids.slice(0, 5))}) a, generate_series(1, 10) g`);
      await tx.execute(sql`insert into post_likes (post_id, user_id)
        select p.id, u from social_posts p, unnest(${uuids(ids)}) u where p.author_id = any(${uuids(ids)})`);
      await tx.execute(sql`insert into post_comments (post_id, author_id, body)
        select p.id, u, 'nice' from social_posts p, unnest(${uuids(ids)}) u
         where p.author_id = any(${uuids(ids)})`);
      expect(await postDrift(tx, ids)).toEqual([]);
      const one = await queryOne<{ like_count: number; comment_count: number }>(
        tx,
        sql`select like_count, comment_count from social_posts where author_id = ${ids[0]!} limit 1`,
      );
      expect(one).toEqual({ like_count: 10, comment_count: 10 });

      // Bulk soft delete, restore and delete of comments; likes deleted and moved to other posts in bulk.
      await tx.execute(
        sql`update post_comments set deleted_at = now() where author_id = any(${uuids(ids.slice(0, 4))})`,
      );
      await tx.execute(sql`update post_comments set deleted_at = null where author_id = ${ids[0]!}`);
      await tx.execute(sql`delete from post_comments where author_id = any(${uuids(ids.slice(1, 6))})`);
      await tx.execute(sql`delete from post_likes where user_id = any(${uuids(ids.slice(0, 3))})`);
      // One user's likes of the first author's ten posts move to ten new posts in one UPDATE.
      await tx.execute(sql`insert into social_posts (author_id, body)
        select ${ids[9]!}::uuid, 'later ' || g from generate_series(1, 10) g`);
      await tx.execute(sql`update post_likes l set post_id = m.fresh
        from (select o.id as old, f.id as fresh
                from (select id, row_number() over (order by id) as r from social_posts where author_id = ${ids[0]!}) o
                join (select id, row_number() over (order by id) as r from social_posts
                       where author_id = ${ids[9]!}) f using (r)) m
       where l.user_id = ${ids[3]!} and l.post_id = m.old`);
      expect(await postDrift(tx, ids)).toEqual([]);

      // Posts: bulk soft delete, restore, and hard delete (which takes likes and comments along).
      await tx.execute(
        sql`update social_posts set deleted_at = now() where author_id = any(${uuids(ids.slice(0, 3))})`,
      );
      await tx.execute(sql`update social_posts set deleted_at = null where author_id = ${ids[0]!}`);
      await tx.execute(sql`delete from social_posts where author_id = any(${uuids(ids.slice(1, 4))})`);
      expect(await profileDrift(tx, ids)).toEqual([]);
      expect(await postDrift(tx, ids)).toEqual([]);
      const authors = await queryOne<{ posts: number[] }>(
        tx,
        sql`select array_agg(post_count order by user_id = ${ids[0]!} desc, post_count desc) as posts
              from user_social_profiles where user_id = any(${uuids(ids.slice(0, 5))})`,
      );
      expect(authors!.posts).toEqual([10, 10, 0, 0, 0]);
    }));
});
