import { auditHistory, queryOne, restoreWhere, softDeleteWhere } from '@touriquest/core';
import { describeEngines, expectRule, makeUsers, type TestDb } from '@touriquest/testing';
import { and, eq, sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import {
  insertPostCommentSchema,
  insertSocialPostSchema,
  postComments,
  postLikes,
  socialPosts,
} from '../src';

async function postCounts(db: TestDb, postId: string) {
  const row = await queryOne<Record<string, number>>(
    db,
    sql`select like_count as likes, comment_count as comments,
          (select count(*)::int from post_likes l where l.post_id = p.id) as likes_recount,
          (select count(*)::int from post_comments c where c.post_id = p.id and c.deleted_at is null) as comments_recount
        from social_posts p where p.id = ${postId}`,
  );
  expect(row!.likes).toBe(row!.likes_recount);
  expect(row!.comments).toBe(row!.comments_recount);
  return row!;
}

describeEngines('social posts', (ctx) => {
  it('validates body and location in zod and SQL', () =>
    ctx.rollback(async (tx) => {
      const [a] = await makeUsers(tx, 1);
      expect(insertSocialPostSchema.safeParse({ authorId: a!.id, body: '' }).success).toBe(false);
      expect(
        insertSocialPostSchema.safeParse({ authorId: a!.id, body: 'x', location: { lon: 200, lat: 0 } })
          .success,
      ).toBe(false);
      expect(
        insertSocialPostSchema.safeParse({
          authorId: a!.id,
          body: 'Sunset',
          location: { lon: -7.98, lat: 31.63 },
        }).success,
      ).toBe(true);
      await expectRule(tx, 'social_posts_body_check', (sp) =>
        sp.insert(socialPosts).values({ authorId: a!.id, body: '' }),
      );
      // Raw SQL skips zod: the geometry column keeps lat 95 (geography would fold it to 85) and the CHECK refuses it.
      await expectRule(tx, 'social_posts_location_range_check', (sp) =>
        sp.execute(sql`insert into social_posts (author_id, body, location)
                       values (${a!.id}, 'Too far north', 'SRID=4326;POINT(-7.98 95)')`),
      );
      const [p] = await tx
        .insert(socialPosts)
        .values({
          authorId: a!.id,
          body: 'Mint tea on Jemaa el-Fnaa',
          placeName: 'Marrakech',
          location: { lon: -7.98, lat: 31.63 },
        })
        .returning();
      expect(p!.location).toEqual({ lon: -7.98, lat: 31.63 });
      const hit = await queryOne<{ n: number }>(
        tx,
        sql`select count(*)::int as n from social_posts where id = ${p!.id} and search_vector @@ plainto_tsquery('simple', 'marrakech')`,
      );
      expect(hit!.n).toBe(1);
    }));

  it('keeps like and comment counts equal to a recount through inserts, deletes and soft deletes', () =>
    ctx.rollback(async (tx) => {
      const us = await makeUsers(tx, 4);
      const [post] = await tx.insert(socialPosts).values({ authorId: us[0]!.id, body: 'hello' }).returning();
      const [other] = await tx.insert(socialPosts).values({ authorId: us[1]!.id, body: 'other' }).returning();
      await tx.insert(postLikes).values(us.map((u) => ({ postId: post!.id, userId: u.id })));
      await tx.insert(postLikes).values({ postId: other!.id, userId: us[0]!.id });
      await tx.delete(postLikes).where(and(eq(postLikes.postId, post!.id), eq(postLikes.userId, us[1]!.id)));
      await expectRule(tx, 'post_likes_pkey', (sp) =>
        sp.insert(postLikes).values({ postId: post!.id, userId: us[0]!.id }),
      );

      const comments = await tx
        .insert(postComments)
        .values(us.map((u, i) => ({ postId: post!.id, authorId: u.id, body: `c${i}` })))
        .returning();
      const [reply] = await tx
        .insert(postComments)
        .values({ postId: post!.id, authorId: us[2]!.id, parentId: comments[0]!.id, body: 'reply' })
        .returning();
      await softDeleteWhere(tx, postComments, eq(postComments.id, comments[1]!.id));
      await softDeleteWhere(tx, postComments, eq(postComments.id, comments[2]!.id));
      await restoreWhere(tx, postComments, eq(postComments.id, comments[2]!.id));
      await tx.delete(postComments).where(eq(postComments.id, comments[1]!.id)); // already soft-deleted
      await tx.delete(postComments).where(eq(postComments.id, reply!.id));
      // Deleting a comment with replies takes the replies along, and the count follows.
      await tx
        .insert(postComments)
        .values({ postId: post!.id, authorId: us[3]!.id, parentId: comments[3]!.id, body: 'r' });
      await tx.delete(postComments).where(eq(postComments.id, comments[3]!.id));

      expect(await postCounts(tx, post!.id)).toMatchObject({ likes: 3, comments: 2 });
      expect(await postCounts(tx, other!.id)).toMatchObject({ likes: 1, comments: 0 });
    }));

  it('does not treat a like as an edit: updated_at stays, no audit row', () =>
    ctx.rollback(async (tx) => {
      const [a, b] = await makeUsers(tx, 2);
      const [post] = await tx.insert(socialPosts).values({ authorId: a!.id, body: 'hello' }).returning();
      await tx.insert(postLikes).values({ postId: post!.id, userId: b!.id });
      await tx.update(socialPosts).set({ likeCount: 42 }).where(eq(socialPosts.id, post!.id));
      const [after] = await tx.select().from(socialPosts).where(eq(socialPosts.id, post!.id));
      expect(after!.likeCount).toBe(1);
      expect(after!.updatedAt).toEqual(post!.updatedAt);
      const history = await auditHistory(tx, 'social_posts', post!.id);
      expect(history.map((h) => h.action)).toEqual(['insert']);
    }));

  it('refuses a reply whose parent belongs to another post', () =>
    ctx.rollback(async (tx) => {
      const [a] = await makeUsers(tx, 1);
      const [p1, p2] = await tx
        .insert(socialPosts)
        .values([
          { authorId: a!.id, body: 'one' },
          { authorId: a!.id, body: 'two' },
        ])
        .returning();
      const [c1] = await tx
        .insert(postComments)
        .values({ postId: p1!.id, authorId: a!.id, body: 'on one' })
        .returning();
      expect(insertPostCommentSchema.safeParse({ postId: p2!.id, authorId: a!.id, body: '' }).success).toBe(
        false,
      );
      await expectRule(tx, 'post_comments_parent_same_post_fk', (sp) =>
        sp
          .insert(postComments)
          .values({ postId: p2!.id, authorId: a!.id, parentId: c1!.id, body: 'wrong thread' }),
      );
      const [reply] = await tx
        .insert(postComments)
        .values({ postId: p1!.id, authorId: a!.id, parentId: c1!.id, body: 'right thread' })
        .returning();
      // Neither the reply nor its parent can move to another post on its own.
      await expectRule(tx, 'post_comments_parent_same_post_fk', (sp) =>
        sp.update(postComments).set({ postId: p2!.id }).where(eq(postComments.id, reply!.id)),
      );
      await expectRule(tx, 'post_comments_parent_same_post_fk', (sp) =>
        sp.update(postComments).set({ postId: p2!.id }).where(eq(postComments.id, c1!.id)),
      );
      expect(reply!.parentId).toBe(c1!.id);
    }));
});
