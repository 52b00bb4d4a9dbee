import { describeEngines, expectRule } from '@touriquest/testing';
import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import {
  insertReviewSchema,
  postReview,
  reviewHelpfulVotes,
  reviews,
  selectReviewSchema,
  voteReviewHelpful,
} from '../src';
import { experienceBooking, property, review, stay, user } from './fixtures';

describeEngines('verified experience reviews', (ctx) => {
  it("accepts the author's completed booking of that experience, once, and refuses any other", () =>
    ctx.rollback(async (tx) => {
      const guest = await user(tx);
      const other = await user(tx);
      const { booking, experienceId } = await experienceBooking(tx, guest.id, 'completed');
      const base = { experienceId, authorId: guest.id, rating: 4, body: 'Great guide, great food.' };
      const ok = await postReview(tx, { ...base, experienceBookingId: booking.id } as never);
      expect(selectReviewSchema.parse(ok).experienceBookingId).toBe(booking.id);
      await expectRule(tx, 'reviews_author_id_experience_booking_id_key', (sp) =>
        sp.insert(reviews).values({ ...base, experienceBookingId: booking.id }),
      );
      // Someone else's seats, seats not yet used, and seats of another experience do not verify.
      await expectRule(tx, 'reviews_verified_experience_check', (sp) =>
        sp.insert(reviews).values({ ...base, authorId: other.id, experienceBookingId: booking.id }),
      );
      const upcoming = await experienceBooking(tx, guest.id, 'confirmed', experienceId);
      await expectRule(tx, 'reviews_verified_experience_check', (sp) =>
        sp.insert(reviews).values({ ...base, experienceBookingId: upcoming.booking.id }),
      );
      const elsewhere = await experienceBooking(tx, guest.id, 'completed');
      await expectRule(tx, 'reviews_verified_experience_check', (sp) =>
        sp.insert(reviews).values({ ...base, experienceBookingId: elsewhere.booking.id }),
      );
      // The API names the rule too.
      await expect(
        tx.transaction((sp) =>
          postReview(sp, { ...base, authorId: other.id, experienceBookingId: booking.id } as never),
        ),
      ).rejects.toMatchObject({ code: 'not_verified', rule: 'reviews_verified_experience_check' });
    }));

  it('a booking verifies only a review of its own kind of listing (zod and database agree)', () =>
    ctx.rollback(async (tx) => {
      const guest = await user(tx);
      const p = await property(tx);
      const done = await stay(tx, p.id, guest.id, 'completed');
      const { booking, experienceId } = await experienceBooking(tx, guest.id, 'completed');
      const wrong = [
        { experienceId, bookingId: done.id },
        { propertyId: p.id, experienceBookingId: booking.id },
      ];
      for (const target of wrong) {
        const input = { authorId: guest.id, rating: 3, body: 'Fine.', ...target };
        const parsed = insertReviewSchema.safeParse(input);
        expect(parsed.success).toBe(false);
        expect(parsed.error?.issues.map((i) => i.message).join()).toMatch(/reviews_booking_target_check/);
        await expectRule(tx, 'reviews_booking_target_check', (sp) => sp.insert(reviews).values(input));
      }
    }));
});

describeEngines('helpful votes', (ctx) => {
  it("refuses the author's vote on their own review and counts everyone else's", () =>
    ctx.rollback(async (tx) => {
      const p = await property(tx);
      const author = await user(tx);
      const reader = await user(tx);
      const [r] = await tx.insert(reviews).values(review(p.id, author.id)).returning();
      await expectRule(tx, 'review_helpful_votes_own_review_check', (sp) =>
        sp.insert(reviewHelpfulVotes).values({ reviewId: r!.id, userId: author.id }),
      );
      await expect(tx.transaction((sp) => voteReviewHelpful(sp, r!.id, author.id))).rejects.toMatchObject({
        rule: 'review_helpful_votes_own_review_check',
      });
      await voteReviewHelpful(tx, r!.id, reader.id);
      // Moving an existing vote onto the voter's own review is the same cheat.
      const [own] = await tx.insert(reviews).values(review(p.id, reader.id)).returning();
      await expectRule(tx, 'review_helpful_votes_own_review_check', (sp) =>
        sp
          .update(reviewHelpfulVotes)
          .set({ reviewId: own!.id })
          .where(eq(reviewHelpfulVotes.userId, reader.id)),
      );
      const [after] = await tx.select().from(reviews).where(eq(reviews.id, r!.id));
      expect(after!.helpfulCount).toBe(1);
    }));
});
