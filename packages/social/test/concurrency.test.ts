import { createScratchServerDatabase, describeServer, makeUsers, type TestDb } from '@touriquest/testing';
import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { postLikes, socialPosts, userFollows } from '../src';
import { expectExact, makeProfile, profileCounts } from './fixtures';

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
});
