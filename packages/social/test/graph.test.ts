import { auditHistory, restoreWhere, softDeleteWhere, withActor } from '@touriquest/core';
import { describeEngines, expectRule, makeUsers } from '@touriquest/testing';
import { and, eq, sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import {
  insertUserFollowSchema,
  insertUserSocialProfileSchema,
  socialPosts,
  userFollows,
  userSocialProfiles,
} from '../src';
import { expectExact, makeProfile, profileCounts } from './fixtures';

describeEngines('social graph', (ctx) => {
  it('refuses to follow oneself, in zod and in the database', () =>
    ctx.rollback(async (tx) => {
      const [a] = await makeUsers(tx, 1);
      expect(insertUserFollowSchema.safeParse({ followerId: a!.id, followeeId: a!.id }).success).toBe(false);
      await expectRule(tx, 'user_follows_not_self_check', (sp) =>
        sp.insert(userFollows).values({ followerId: a!.id, followeeId: a!.id }),
      );
    }));

  it('keeps one follow per pair', () =>
    ctx.rollback(async (tx) => {
      const [a, b] = await makeUsers(tx, 2);
      await tx.insert(userFollows).values({ followerId: a!.id, followeeId: b!.id });
      await expectRule(tx, 'user_follows_pkey', (sp) =>
        sp.insert(userFollows).values({ followerId: a!.id, followeeId: b!.id }),
      );
      // The other direction is a different follow.
      await tx.insert(userFollows).values({ followerId: b!.id, followeeId: a!.id });
    }));

  it('checks handles: format in zod and SQL, uniqueness case-insensitively', () =>
    ctx.rollback(async (tx) => {
      const [a, b] = await makeUsers(tx, 2);
      expect(
        insertUserSocialProfileSchema.safeParse({ userId: a!.id, handle: 'no spaces', displayName: 'A' })
          .success,
      ).toBe(false);
      expect(
        insertUserSocialProfileSchema.safeParse({ userId: a!.id, handle: 'Nomad_1', displayName: 'A' })
          .success,
      ).toBe(true);
      await expectRule(tx, 'user_social_profiles_handle_format_check', (sp) =>
        sp.insert(userSocialProfiles).values({ userId: a!.id, handle: 'no spaces', displayName: 'A' }),
      );
      await tx.insert(userSocialProfiles).values({ userId: a!.id, handle: 'Nomad_1', displayName: 'A' });
      await expectRule(tx, 'user_social_profiles_handle_key', (sp) =>
        sp.insert(userSocialProfiles).values({ userId: b!.id, handle: 'nomad_1', displayName: 'B' }),
      );
      await expectRule(tx, 'user_social_profiles_user_id_key', (sp) =>
        sp.insert(userSocialProfiles).values({ userId: a!.id, handle: 'other', displayName: 'A' }),
      );
    }));

  it('keeps follower, following and post counts equal to a recount', () =>
    ctx.rollback(async (tx) => {
      const us = await makeUsers(tx, 5);
      const [a, b, c, d, e] = us.map((u) => u.id);
      // Activity before the profile exists is counted when the profile is created.
      await tx.insert(userFollows).values([
        { followerId: b!, followeeId: a! },
        { followerId: a!, followeeId: c! },
      ]);
      await tx.insert(socialPosts).values({ authorId: a!, body: 'before profile' });
      for (const u of us) await makeProfile(tx, u.id);
      expect(expectExact(await profileCounts(tx, a!))).toMatchObject({
        followers: 1,
        following: 1,
        posts: 1,
      });

      await tx.insert(userFollows).values([
        { followerId: c!, followeeId: a! },
        { followerId: d!, followeeId: a! },
        { followerId: e!, followeeId: a! },
        { followerId: a!, followeeId: d! },
      ]);
      await tx.delete(userFollows).where(and(eq(userFollows.followerId, c!), eq(userFollows.followeeId, a!)));
      const posts = await tx
        .insert(socialPosts)
        .values([1, 2, 3].map((i) => ({ authorId: a!, body: `post ${i}` })))
        .returning();
      await softDeleteWhere(tx, socialPosts, eq(socialPosts.id, posts[0]!.id));
      await softDeleteWhere(tx, socialPosts, eq(socialPosts.id, posts[1]!.id));
      await restoreWhere(tx, socialPosts, eq(socialPosts.id, posts[1]!.id));
      await tx.delete(socialPosts).where(eq(socialPosts.id, posts[2]!.id));
      // Deleting a soft-deleted post must not count it twice.
      await tx.delete(socialPosts).where(eq(socialPosts.id, posts[0]!.id));
      // A user deleted outright takes their follows with them.
      await tx.execute(sql`delete from users where id = ${e!}`);

      expect(expectExact(await profileCounts(tx, a!))).toMatchObject({
        followers: 2,
        following: 2,
        posts: 2,
      });
      for (const u of [b, c, d]) expectExact(await profileCounts(tx, u!));
    }));

  it('ignores counter values written directly, and does not audit counter moves', () =>
    ctx.rollback(async (tx) => {
      const [a, b] = await makeUsers(tx, 2);
      const pa = await makeProfile(tx, a!.id);
      await makeProfile(tx, b!.id);
      await tx
        .update(userSocialProfiles)
        .set({ followerCount: 999, displayName: 'Renamed' })
        .where(eq(userSocialProfiles.id, pa.id));
      await tx.insert(userFollows).values({ followerId: b!.id, followeeId: a!.id });
      const row = expectExact(await profileCounts(tx, a!.id));
      expect(row.followers).toBe(1);
      const history = await auditHistory(tx, 'user_social_profiles', pa.id);
      expect(history.map((h) => h.action).sort()).toEqual(['insert', 'update']);
      expect(history.find((h) => h.action === 'update')!.changedFields).toContain('display_name');
    }));
});

describeEngines('blocked connections', (ctx) => {
  it('refuses a follow between users with a blocked connection, either way, and a block ends follows', () =>
    ctx.rollback(async (tx) => {
      const [a, b] = await makeUsers(tx, 2);
      await makeProfile(tx, a!.id);
      await makeProfile(tx, b!.id);
      await tx.insert(userFollows).values({ followerId: a!.id, followeeId: b!.id });
      await tx.execute(
        sql`insert into user_social_connections (requester_id, addressee_id, status) values (${b!.id}, ${a!.id}, 'blocked')`,
      );
      const left = await tx.select().from(userFollows).where(eq(userFollows.followerId, a!.id));
      expect(left).toEqual([]);
      expectExact(await profileCounts(tx, a!.id));
      expectExact(await profileCounts(tx, b!.id));
      await expectRule(tx, 'user_follows_blocked_check', (sp) =>
        sp.insert(userFollows).values({ followerId: a!.id, followeeId: b!.id }),
      );
      await expectRule(tx, 'user_follows_blocked_check', (sp) =>
        sp.insert(userFollows).values({ followerId: b!.id, followeeId: a!.id }),
      );
      // The blocker lifts the block: following works again, and the counters follow.
      await withActor(tx, b!.id, (t) =>
        t.execute(sql`update user_social_connections set status = 'declined' where requester_id = ${b!.id}`),
      );
      await tx.insert(userFollows).values({ followerId: a!.id, followeeId: b!.id });
      expect(expectExact(await profileCounts(tx, b!.id)).followers).toBe(1);
    }));
});
