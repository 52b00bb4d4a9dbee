import { mediaFiles } from '@touriquest/content/schema';
import { id, timestamps } from '@touriquest/core';
import { relations, sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { reviews } from './reviews';

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

export type ReviewImage = typeof reviewImages.$inferSelect;
export type NewReviewImage = typeof reviewImages.$inferInsert;

export const reviewImagesRelations = relations(reviewImages, ({ one }) => ({
  review: one(reviews, { fields: [reviewImages.reviewId], references: [reviews.id] }),
}));
