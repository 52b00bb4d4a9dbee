import { type Db, type Page, paginate } from '@touriquest/core';
import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { ReviewStatus } from '../constants';
import { reviewHelpfulVotes } from '../schema/review-helpful-votes';
import { type Review, reviews } from '../schema/reviews';
import { insertReviewSchema } from '../validation';
import { ReviewError, toReviewError } from './errors';

/** Post a review (pending until moderated, unless `status` says otherwise). */
export async function postReview(db: Db, input: z.input<typeof insertReviewSchema>): Promise<Review> {
  const parsed = insertReviewSchema.safeParse(input);
  if (!parsed.success)
    throw new ReviewError('invalid_input', parsed.error.issues.map((i) => i.message).join('; '));
  try {
    const [row] = await db.insert(reviews).values(parsed.data).returning();
    return row!;
  } catch (err) {
    throw toReviewError(err);
  }
}

/** Publish, hide or flag a review; the target's rating aggregates follow (trigger). */
export async function moderateReview(db: Db, reviewId: string, status: ReviewStatus): Promise<Review> {
  const [row] = await db.update(reviews).set({ status }).where(eq(reviews.id, reviewId)).returning();
  if (!row) throw new ReviewError('not_found', `no review ${reviewId}`);
  return row;
}

/**
 * Vote a review helpful or not (one vote per user; a second call changes the vote). The author's own vote is
 * refused (`review_helpful_votes_own_review_check`).
 */
export async function voteReviewHelpful(db: Db, reviewId: string, userId: string, isHelpful = true) {
  try {
    await db
      .insert(reviewHelpfulVotes)
      .values({ reviewId, userId, isHelpful })
      .onConflictDoUpdate({
        target: [reviewHelpfulVotes.reviewId, reviewHelpfulVotes.userId],
        set: { isHelpful },
      });
  } catch (err) {
    throw toReviewError(err);
  }
}

export type ReviewTarget = { propertyId: string } | { poiId: string } | { experienceId: string };
/** One listing's published, live reviews: the predicate of the partial indexes `reviews_*_published_idx`. */
function publishedOf(target: ReviewTarget) {
  const col =
    'propertyId' in target ? reviews.propertyId : 'poiId' in target ? reviews.poiId : reviews.experienceId;
  const value =
    'propertyId' in target ? target.propertyId : 'poiId' in target ? target.poiId : target.experienceId;
  return and(eq(col, value), eq(reviews.status, 'published'), isNull(reviews.deletedAt))!;
}

/** The first page's query, unexecuted (for EXPLAIN or composition). */
export function publishedReviewsQuery(db: Db, target: ReviewTarget, limit = 20) {
  return db
    .select()
    .from(reviews)
    .where(publishedOf(target))
    .orderBy(desc(reviews.createdAt), desc(reviews.id))
    .limit(limit);
}

/**
 * Published reviews of one listing, newest first, keyset-paginated with core's cursors (exact to the
 * microsecond, so reviews written in the same instant are neither skipped nor repeated).
 */
export function publishedReviewsOf(
  db: Db,
  target: ReviewTarget,
  opts: { cursor?: string | null; limit?: number } = {},
): Promise<Page<Review>> {
  return paginate<Review>(db, {
    table: reviews,
    keys: [reviews.createdAt, reviews.id],
    where: publishedOf(target),
    cursor: opts.cursor,
    limit: opts.limit,
  });
}

/** Soft delete / restore (aggregates follow). */
export async function setReviewDeleted(db: Db, reviewId: string, deleted: boolean) {
  await db
    .update(reviews)
    .set({ deletedAt: deleted ? sql`now()` : null })
    .where(eq(reviews.id, reviewId));
}
