import { queryOne, toRuleError } from '@touriquest/core';
import { createScratchServerDatabase, describeServer, makeUsers, type TestDb } from '@touriquest/testing';
import { eq, sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { postLikes, socialPosts, userFollows } from '../src';
import { expectExact, makeProfile, profileCounts, uuids } from './fixtures';

describeServer('social counters under concurrency', () => {
  it('stays exact when 30 users follow each other and like one post at the same time', async () => {
    const scratch = await createScratchServerDatabase({ poolSize: 40 });
    try {
      const db = scratch.db as unknown as TestDb;
      const us = await makeUsers(db, 30);
      for (const u of us) await makeProfile(db, u.id);
      const star = us[0]!;
      const [post] = await db
        .insert(socialPosts)
        .values({ authorId: star.id, body: 'view from the kasbah' })
        .returning();
      // Everyone follows the star and the star follows everyone back, all at once: opposite follows of one
      // pair touch the same two profile rows, which the one-statement counter update locks in a fixed order.
      await Promise.all(
        us
          .slice(1)
          .flatMap((u) => [
            db.transaction((t) => t.insert(userFollows).values({ followerId: u.id, followeeId: star.id })),
            db.transaction((t) => t.insert(userFollows).values({ followerId: star.id, followeeId: u.id })),
            db.transaction((t) => t.insert(postLikes).values({ postId: post!.id, userId: u.id })),
          ]),
      );
      expect(expectExact(await profileCounts(db, star.id))).toMatchObject({
        followers: 29,
        following: 29,
        posts: 1,
      });
      for (const u of us.slice(1, 5)) expectExact(await profileCounts(db, u.id));
      const [after] = await db.select().from(socialPosts).where(eq(socialPosts.id, post!.id));
      expect(after!.likeCount).toBe(29);
    } finally {
      await scratch.drop();
    }
  });

  it('a follow and a block of the same pair racing on two connections never leave a follow behind', async () => {
    const scratch = await createScratchServerDatabase({ poolSize: 4 });
    try {
      const db = scratch.db as unknown as TestDb;
      const us = await makeUsers(db, 4);
      for (const u of us) await makeProfile(db, u.id);
      const [a, b, c, d] = us.map((u) => u.id) as [string, string, string, string];
      const block = (x: string, y: string) =>
        sql`insert into user_social_connections (requester_id, addressee_id, status) values (${x}, ${y}, 'blocked')`;
      // The second writer must queue on a row lock (not an advisory lock) until the first commits.
      const waitingOnRowLock = async () => {
        for (let i = 0; i < 200; i++) {
          const row = await queryOne<{ n: number; advisory: number }>(
            db,
            sql`select (select count(*)::int from pg_stat_activity where datname = current_database()
                          and wait_event_type = 'Lock' and wait_event = 'transactionid') as n,
                       (select count(*)::int from pg_locks where locktype = 'advisory'
                          and database = (select oid from pg_database where datname = current_database())) as advisory`,
          );
          expect(row!.advisory).toBe(0);
          if (row!.n > 0) return;
          await new Promise((r) => setTimeout(r, 25));
        }
        throw new Error('the second writer never waited for the first');
      };
      const held = () => {
        let release!: () => void;
        let ready!: () => void;
        const released = new Promise<void>((r) => (release = r));
        const isReady = new Promise<void>((r) => (ready = r));
        return { release, ready, released, isReady };
      };

      // The follow (one of a bulk) commits first: the block waits for it, then deletes it.
      const f = held();
      const follow = db.transaction(async (t) => {
        await t.execute(sql`insert into user_follows (follower_id, followee_id)
          select x, y from unnest(${uuids([a, c, d])}) x, unnest(${uuids([b, c, d])}) y where x <> y`);
        f.ready();
        await f.released;
      });
      await f.isReady;
      // .then() starts it: a drizzle query runs only when awaited.
      const blocking = db.execute(block(b, a)).then(() => undefined);
      await waitingOnRowLock();
      f.release();
      await follow;
      await blocking;
      const left = await queryOne<{ n: number }>(
        db,
        sql`select count(*)::int as n from user_follows where follower_id = ${a} and followee_id = ${b}`,
      );
      expect(left!.n).toBe(0);
      for (const u of [a, b, c, d]) expectExact(await profileCounts(db, u));

      // The block commits first: the follow waits for it, then is refused, its whole statement with it.
      const k = held();
      const blocker = db.transaction(async (t) => {
        await t.execute(block(c, d));
        k.ready();
        await k.released;
      });
      await k.isReady;
      const following = db
        .transaction((t) =>
          t.execute(
            sql`insert into user_follows (follower_id, followee_id) values (${b}, ${c}), (${d}, ${c})`,
          ),
        )
        .then(
          () => undefined,
          (e: unknown) => e,
        );
      await waitingOnRowLock();
      k.release();
      await blocker;
      expect(toRuleError(await following)?.rule).toBe('user_follows_blocked_check');
      const none = await queryOne<{ n: number }>(
        db,
        sql`select count(*)::int as n from user_follows where followee_id = ${c} and follower_id in (${b}, ${d})`,
      );
      expect(none!.n).toBe(0);
      for (const u of [a, b, c, d]) expectExact(await profileCounts(db, u));
    } finally {
      await scratch.drop();
    }
  });
});
