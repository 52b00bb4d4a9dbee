import { queryOne } from '@touriquest/core';
import { properties } from '@touriquest/properties';
import { describeEngines, expectRule, makeUsers, type TestDb } from '@touriquest/testing';
import { eq, inArray, sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { insertReviewSchema, moderateReview, reviewHelpfulVotes, reviews, setReviewDeleted } from '../src';
import { property, user } from './fixtures';

async function expectExact(db: TestDb, propertyId: string) {
  const [p] = await db.select().from(properties).where(eq(properties.id, propertyId));
  const row = (await queryOne<{ n: number; sum: number; avg: number }>(
    db,
    sql`select count(*)::int as n, coalesce(sum(rating), 0)::int as sum, coalesce(round(avg(rating), 2), 0)::float8 as avg
      from reviews where property_id = ${propertyId} and status = 'published' and deleted_at is null`,
  ))!;
  expect(p!.ratingCount).toBe(Number(row.n));
  expect(p!.ratingSum).toBe(Number(row.sum));
  expect(Number(p!.ratingAvg)).toBeCloseTo(Number(row.avg), 2);
}

describeEngines('reviews', (ctx) => {
  it('keeps rating_avg/rating_count equal to a recount through publish, edit, hide, soft delete, restore, delete', () =>
    ctx.rollback(async (tx) => {
      const p = await property(tx);
      const a = await user(tx);
      const b = await user(tx);
      const [r1] = await tx
        .insert(reviews)
        .values({ propertyId: p.id, authorId: a.id, rating: 5, body: 'Lovely' })
        .returning();
      const [r2] = await tx
        .insert(reviews)
        .values({ propertyId: p.id, authorId: b.id, rating: 2, body: 'Noisy' })
        .returning();
      await expectExact(tx, p.id);
      await moderateReview(tx, r1!.id, 'published');
      await moderateReview(tx, r2!.id, 'published');
      await expectExact(tx, p.id);
      const [after] = await tx.select().from(properties).where(eq(properties.id, p.id));
      expect(after!.ratingCount).toBe(2);
      expect(Number(after!.ratingAvg)).toBe(3.5);
      await tx.update(reviews).set({ rating: 4 }).where(eq(reviews.id, r2!.id));
      await expectExact(tx, p.id);
      await moderateReview(tx, r1!.id, 'hidden');
      await expectExact(tx, p.id);
      await setReviewDeleted(tx, r2!.id, true);
      await expectExact(tx, p.id);
      await setReviewDeleted(tx, r2!.id, false);
      await expectExact(tx, p.id);
      await tx.delete(reviews).where(eq(reviews.id, r2!.id));
      await expectExact(tx, p.id);
    }));

  it('moves count, sum and average by deltas through bulk raw-SQL inserts, moves, edits and deletes', () =>
    ctx.rollback(async (tx) => {
      const [p, q] = [await property(tx), await property(tx)];
      const authors = await makeUsers(tx, 400);
      // One statement, 400 published reviews of one listing (ratings 1–5 in turn).
      await tx.execute(sql`insert into reviews (property_id, author_id, rating, body, status)
        select ${p.id}, a.id, 1 + (row_number() over () % 5)::int, 'Bulk', 'published'
          from users a where a.id in ${authors.map((a) => a.id)}`);
      await expectExact(tx, p.id);
      const [loaded] = await tx.select().from(properties).where(eq(properties.id, p.id));
      expect(loaded).toMatchObject({ ratingCount: 400, ratingSum: 1_200, ratingAvg: 3 });
      // Move a third to another listing while changing their rating; hide some; soft-delete some.
      await tx.execute(sql`update reviews set property_id = ${q.id}, rating = 5
        where property_id = ${p.id} and author_id in ${authors.slice(0, 130).map((a) => a.id)}`);
      await tx.execute(sql`update reviews set status = 'hidden' where property_id = ${p.id} and rating = 1`);
      await tx.execute(
        sql`update reviews set deleted_at = now() where property_id = ${q.id} and author_id in ${authors
          .slice(0, 10)
          .map((a) => a.id)}`,
      );
      // An edit that keeps rating, status and listing moves nothing.
      await tx.execute(sql`update reviews set body = body || '!' where property_id = ${q.id}`);
      await expectExact(tx, p.id);
      await expectExact(tx, q.id);
      await tx.execute(sql`delete from reviews where property_id = ${p.id} and rating >= 3`);
      await expectExact(tx, p.id);
      await tx.execute(sql`delete from reviews where property_id in (${p.id}, ${q.id})`);
      const after = await tx
        .select()
        .from(properties)
        .where(inArray(properties.id, [p.id, q.id]));
      expect(after.map((x) => [x.ratingCount, x.ratingSum, Number(x.ratingAvg)])).toEqual([
        [0, 0, 0],
        [0, 0, 0],
      ]);
    }));

  it('overwrites a direct write of the derived rating columns (raw SQL, not the owner)', () =>
    ctx.rollback(async (tx) => {
      const p = await property(tx);
      const a = await user(tx);
      await tx
        .insert(reviews)
        .values({ propertyId: p.id, authorId: a.id, rating: 4, body: 'Fine', status: 'published' });
      await tx.execute(
        sql`update properties set rating_sum = 999, rating_count = 7, rating_avg = 1 where id = ${p.id}`,
      );
      await tx.execute(sql`insert into properties (host_id, type, title, slug, location, city, country_code, max_guests,
          base_price_minor, currency, rating_sum, rating_count)
        select host_id, type, title, slug || '-copy', location, city, country_code, max_guests, base_price_minor,
               currency, 50, 10 from properties where id = ${p.id}`);
      const rows = await tx
        .select()
        .from(properties)
        .where(sql`${properties.slug} in (${p.slug}, ${`${p.slug}-copy`})`)
        .orderBy(properties.slug);
      expect(rows.map((x) => [x.ratingCount, x.ratingSum, Number(x.ratingAvg)])).toEqual([
        [1, 4, 4],
        [0, 0, 0],
      ]);
      // The tables' owner (deploys, repairs) may write them; the reconcile every deploy runs puts a listing
      // whose figures disagree right.
      await tx.execute(sql`set local role touriquest_migrator`);
      await tx.execute(sql`update properties set rating_sum = 999, rating_count = 7 where id = ${p.id}`);
      const [drifted] = await tx.select().from(properties).where(eq(properties.id, p.id));
      expect([drifted!.ratingCount, drifted!.ratingSum]).toEqual([7, 999]);
      await tx.execute(sql`select tq_reviews_reconcile_ratings()`);
      await tx.execute(sql`reset role`);
      await expectExact(tx, p.id);
    }));

  it('refuses a review with no target and a bad rating, in zod and in the database', () =>
    ctx.rollback(async (tx) => {
      const p = await property(tx);
      const a = await user(tx);
      await expectRule(tx, 'reviews_single_target_check', (sp) =>
        sp.insert(reviews).values({ authorId: a.id, rating: 3, body: 'x' }),
      );
      expect(insertReviewSchema.safeParse({ authorId: a.id, rating: 3, body: 'x' }).success).toBe(false);
      await expectRule(tx, 'reviews_rating_check', (sp) =>
        sp.insert(reviews).values({ propertyId: p.id, authorId: a.id, rating: 6, body: 'x' }),
      );
      expect(
        insertReviewSchema.safeParse({ propertyId: p.id, authorId: a.id, rating: 6, body: 'x' }).success,
      ).toBe(false);
    }));

  it('keeps helpful_count equal to the count of helpful votes', () =>
    ctx.rollback(async (tx) => {
      const p = await property(tx);
      const a = await user(tx);
      const [r] = await tx
        .insert(reviews)
        .values({ propertyId: p.id, authorId: a.id, rating: 4, body: 'Good' })
        .returning();
      const voters = [await user(tx), await user(tx), await user(tx)];
      for (const v of voters) await tx.insert(reviewHelpfulVotes).values({ reviewId: r!.id, userId: v.id });
      await tx
        .update(reviewHelpfulVotes)
        .set({ isHelpful: false })
        .where(eq(reviewHelpfulVotes.userId, voters[0]!.id));
      await tx.delete(reviewHelpfulVotes).where(eq(reviewHelpfulVotes.userId, voters[1]!.id));
      const [row] = await tx.select().from(reviews).where(eq(reviews.id, r!.id));
      expect(row!.helpfulCount).toBe(1);
      await expectRule(tx, 'review_helpful_votes_review_id_user_id_key', (sp) =>
        sp.insert(reviewHelpfulVotes).values({ reviewId: r!.id, userId: voters[2]!.id }),
      );
    }));
});
