import { id, timestamps } from '@touriquest/core';
import { users } from '@touriquest/users/schema';
import { relations } from 'drizzle-orm';
import { boolean, index, pgTable, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { reviews } from './reviews';

/** One vote per user per review; a trigger keeps reviews.helpful_count = count of is_helpful votes. */
export const reviewHelpfulVotes = pgTable(
  'review_helpful_votes',
  {
    ...id(),
    reviewId: uuid()
      .notNull()
      .references(() => reviews.id, { onDelete: 'cascade' }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    isHelpful: boolean().notNull().default(true),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('review_helpful_votes_review_id_user_id_key').on(t.reviewId, t.userId),
    index('review_helpful_votes_user_id_idx').on(t.userId),
  ],
);

export type ReviewHelpfulVote = typeof reviewHelpfulVotes.$inferSelect;
export type NewReviewHelpfulVote = typeof reviewHelpfulVotes.$inferInsert;

export const reviewHelpfulVotesRelations = relations(reviewHelpfulVotes, ({ one }) => ({
  review: one(reviews, { fields: [reviewHelpfulVotes.reviewId], references: [reviews.id] }),
}));
