import { id, timestamps, trimmed } from '@touriquest/core';
import { relations, sql } from 'drizzle-orm';
import { check, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { reviews } from './reviews';

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
    check('review_translations_body_check', sql`length(${trimmed(t.body)}) > 0`),
  ],
);

export type ReviewTranslation = typeof reviewTranslations.$inferSelect;
export type NewReviewTranslation = typeof reviewTranslations.$inferInsert;

export const reviewTranslationsRelations = relations(reviewTranslations, ({ one }) => ({
  review: one(reviews, { fields: [reviewTranslations.reviewId], references: [reviews.id] }),
}));
