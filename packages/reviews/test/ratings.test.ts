import { queryOne } from '@touriquest/core';
import { properties } from '@touriquest/properties';
import { describeEngines, expectRule, type TestDb } from '@touriquest/testing';
import { eq, sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { insertReviewSchema, moderateReview, reviewHelpfulVotes, reviews, setReviewDeleted } from '../src';
import { property, user } from './fixtures';

async function expectExact(db: TestDb, propertyId: string) {
  const [p] = await db.select().from(properties).where(eq(properties.id, propertyId));
  const row = (await queryOne<{ n: number; avg: number }>(
    db,
    sql`select count(*)::int as n, coalesce(round(avg(rating), 2), 0)::float8 as avg
      from reviews where property_id = ${propertyId} and status = 'published' and deleted_at is null`,
  ))!;
  expect(p!.ratingCount).toBe(Number(row.n));
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
