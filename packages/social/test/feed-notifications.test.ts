import { encodeCursor, softDeleteWhere } from '@touriquest/core';
import {
  createScratchServerDatabase,
  describeEngines,
  describeServer,
  expectRule,
  explain,
  makeUsers,
  type TestDb,
} from '@touriquest/testing';
import { eq, sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import {
  activityFeed,
  feedQuery,
  getActivityFeed,
  getFeed,
  insertActivityFeedEntrySchema,
  insertNotificationSchema,
  listNotifications,
  markNotificationsRead,
  notifications,
  notificationsQuery,
  socialPosts,
  unreadNotificationCount,
  unreadNotificationCountSql,
  userFollows,
} from '../src';

async function seedFeed(db: TestDb) {
  const [me, x, y, z] = await makeUsers(db, 4);
  await db.insert(userFollows).values([
    { followerId: me!.id, followeeId: x!.id },
    { followerId: me!.id, followeeId: y!.id },
  ]);
  const at = (m: number) => new Date(Date.UTC(2026, 0, 1, 12, m));
  const posts = await db
    .insert(socialPosts)
    .values([
      ...Array.from({ length: 7 }, (_, i) => ({ authorId: x!.id, body: `x${i}`, createdAt: at(i * 2) })),
      ...Array.from({ length: 7 }, (_, i) => ({ authorId: y!.id, body: `y${i}`, createdAt: at(i * 2 + 1) })),
      { authorId: z!.id, body: 'not followed', createdAt: at(30) },
      { authorId: x!.id, body: 'private', visibility: 'private' as const, createdAt: at(31) },
      { authorId: y!.id, body: 'deleted', createdAt: at(32) },
      { authorId: me!.id, body: 'mine', createdAt: at(33) },
    ])
    .returning();
  await softDeleteWhere(db, socialPosts, eq(socialPosts.body, 'deleted'));
  return { me: me!, x: x!, y: y!, posts };
}

describeEngines('feed and notifications', (ctx) => {
  it('pages through the posts of followed users, newest first, without gaps or repeats', () =>
    ctx.rollback(async (tx) => {
      const { me } = await seedFeed(tx);
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const page = await getFeed(tx, me.id, { cursor, limit: 4 });
        seen.push(...page.items.map((p) => p.body));
        cursor = page.nextCursor;
        pages++;
      } while (cursor && pages < 10);
      expect(seen).toEqual([
        'y6',
        'x6',
        'y5',
        'x5',
        'y4',
        'x4',
        'y3',
        'x3',
        'y2',
        'x2',
        'y1',
        'x1',
        'y0',
        'x0',
      ]);
      expect(pages).toBe(4);
    }));

  it('fans activity out on read to followers', () =>
    ctx.rollback(async (tx) => {
      const { me, x, y } = await seedFeed(tx);
      const bad = { actorId: x.id, verb: 'Post Created', objectType: 'social_post', objectId: me.id };
      expect(insertActivityFeedEntrySchema.safeParse(bad).success).toBe(false);
      expect(
        insertActivityFeedEntrySchema.safeParse({ ...bad, verb: 'post.created', targetType: 'poi' }).success,
      ).toBe(false);
      await expectRule(tx, 'activity_feed_verb_format_check', (sp) => sp.insert(activityFeed).values(bad));
      await expectRule(tx, 'activity_feed_target_check', (sp) =>
        sp.insert(activityFeed).values({ ...bad, verb: 'post.created', targetType: 'poi' }),
      );
      await tx.insert(activityFeed).values([
        {
          actorId: x.id,
          verb: 'post.created',
          objectType: 'social_post',
          objectId: x.id,
          occurredAt: new Date('2026-01-01'),
        },
        {
          actorId: y.id,
          verb: 'wishlist.shared',
          objectType: 'wishlist',
          objectId: y.id,
          occurredAt: new Date('2026-01-02'),
        },
        { actorId: me.id, verb: 'post.created', objectType: 'social_post', objectId: me.id },
      ]);
      const page = await getActivityFeed(tx, me.id, { limit: 1 });
      expect(page.items.map((a) => a.verb)).toEqual(['wishlist.shared']);
      const next = await getActivityFeed(tx, me.id, { cursor: page.nextCursor, limit: 5 });
      expect(next.items.map((a) => a.verb)).toEqual(['post.created']);
      expect(next.nextCursor).toBeNull();
    }));

  it('counts unread notifications and lists the newest first', () =>
    ctx.rollback(async (tx) => {
      const [u, v] = await makeUsers(tx, 2);
      expect(
        insertNotificationSchema.safeParse({ userId: u!.id, type: 'Booking!', title: 't' }).success,
      ).toBe(false);
      expect(
        insertNotificationSchema.safeParse({ userId: u!.id, type: 'booking.confirmed', title: '' }).success,
      ).toBe(false);
      await expectRule(tx, 'notifications_type_format_check', (sp) =>
        sp.insert(notifications).values({ userId: u!.id, type: 'Booking!', title: 't' }),
      );
      await expectRule(tx, 'notifications_data_object_check', (sp) =>
        sp
          .insert(notifications)
          .values({ userId: u!.id, type: 'x', title: 't', data: sql`'[1]'::jsonb` as never }),
      );
      const made = await tx
        .insert(notifications)
        .values(
          Array.from({ length: 5 }, (_, i) => ({
            userId: u!.id,
            type: 'booking.confirmed',
            title: `n${i}`,
            createdAt: new Date(Date.UTC(2026, 0, 1, i)),
          })),
        )
        .returning();
      await tx.insert(notifications).values({ userId: v!.id, type: 'x', title: 'other user' });
      expect(await unreadNotificationCount(tx, u!.id)).toBe(5);
      expect(await markNotificationsRead(tx, u!.id, [made[0]!.id, made[1]!.id])).toBe(2);
      expect(await unreadNotificationCount(tx, u!.id)).toBe(3);
      const page = await listNotifications(tx, u!.id, { limit: 2 });
      expect(page.items.map((n) => n.title)).toEqual(['n4', 'n3']);
      const page2 = await listNotifications(tx, u!.id, { limit: 2, cursor: page.nextCursor });
      expect(page2.items.map((n) => n.title)).toEqual(['n2', 'n1']);
      const unread = await listNotifications(tx, u!.id, { unreadOnly: true, limit: 10 });
      expect(unread.items.map((n) => n.title)).toEqual(['n4', 'n3', 'n2']);
      expect(await markNotificationsRead(tx, u!.id)).toBe(3);
      expect(await unreadNotificationCount(tx, u!.id)).toBe(0);
      expect(await unreadNotificationCount(tx, v!.id)).toBe(1);
    }));
});

describeServer('social access paths (EXPLAIN)', (ctx) => {
  it('reads a feed page through the follows primary key and the author/time index', () =>
    ctx.rollback(async (tx) => {
      const { me, posts } = await seedFeed(tx);
      await tx.execute(sql`set local enable_seqscan = off`);
      const first = await explain(tx, feedQuery(tx, me.id, { limit: 20 }));
      expect(first).toContain('user_follows_pkey');
      expect(first).toContain('social_posts_author_created_idx');
      const last = posts[5]!;
      const later = await explain(
        tx,
        feedQuery(tx, me.id, { limit: 20, cursor: encodeCursor([last.createdAt, last.id]) }),
      );
      expect(later).toMatch(/Index Cond: .*ROW\(created_at, id\) < ROW/s);
    }));

  it('lists newest notifications through notifications_user_created_idx', () =>
    ctx.rollback(async (tx) => {
      const [u] = await makeUsers(tx, 1);
      await tx.execute(sql`set local enable_seqscan = off`);
      const plan = await explain(
        tx,
        notificationsQuery(tx, u!.id, { cursor: encodeCursor([new Date(), u!.id]) }),
      );
      expect(plan).toContain('notifications_user_created_idx');
    }));

  it('answers the unread count with an index-only scan of the partial index', async () => {
    const scratch = await createScratchServerDatabase({ poolSize: 2 });
    try {
      const db = scratch.db as unknown as TestDb;
      const [u, v] = await makeUsers(db, 2);
      await db.insert(notifications).values(
        Array.from({ length: 2000 }, (_, i) => ({
          userId: i % 2 ? u!.id : v!.id,
          type: 'x',
          title: 't',
          readAt: i % 10 === 0 ? null : new Date(),
        })),
      );
      await db.execute(sql`vacuum analyze notifications`);
      const plan = await explain(db, unreadNotificationCountSql(u!.id));
      expect(plan).toMatch(/Index Only Scan using notifications_user_unread_idx/);
      expect(await unreadNotificationCount(db, u!.id)).toBe(0);
      expect(await unreadNotificationCount(db, v!.id)).toBe(200);
    } finally {
      await scratch.drop();
    }
  });
});
