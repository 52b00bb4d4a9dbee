import { mediaFiles } from '@touriquest/content/schema';
import { id, timestamps } from '@touriquest/core';
import { users } from '@touriquest/users/schema';
import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
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

/** A review's photos, in order; the file itself is a content `media_files` row. */
export const reviewImages = pgTable(
  'review_images',
  {
    ...id(),
    reviewId: uuid()
      .notNull()
      .references(() => reviews.id, { onDelete: 'cascade' }),
    mediaId: uuid()
      .notNull()
      .references(() => mediaFiles.id, { onDelete: 'restrict' }),
    caption: text(),
    sortOrder: integer().notNull().default(0),
    ...timestamps(),
  },
  (t) => [
    index('review_images_review_id_sort_order_idx').on(t.reviewId, t.sortOrder),
    index('review_images_media_id_idx').on(t.mediaId),
    check('review_images_sort_order_check', sql`${t.sortOrder} >= 0`),
  ],
);

export const reviewTranslations = pgTable(
  'review_translations',
  {
    ...id(),
    reviewId: uuid()
      .notNull()
      .references(() => reviews.id, { onDelete: 'cascade' }),
    locale: text().notNull(),
    title: text(),
    body: text().notNull(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('review_translations_review_id_locale_key').on(t.reviewId, t.locale),
    check('review_translations_body_check', sql`length(btrim(${t.body})) > 0`),
  ],
);

export type ReviewHelpfulVote = typeof reviewHelpfulVotes.$inferSelect;
export type NewReviewHelpfulVote = typeof reviewHelpfulVotes.$inferInsert;
export type ReviewImage = typeof reviewImages.$inferSelect;
export type NewReviewImage = typeof reviewImages.$inferInsert;
export type ReviewTranslation = typeof reviewTranslations.$inferSelect;
export type NewReviewTranslation = typeof reviewTranslations.$inferInsert;
