import { relations } from 'drizzle-orm';
import { reviewHelpfulVotes } from './review-helpful-votes';
import { reviewImages } from './review-images';
import { reviewTranslations } from './review-translations';
import { reviews } from './reviews';

export const reviewsRelations = relations(reviews, ({ many }) => ({
  votes: many(reviewHelpfulVotes),
  images: many(reviewImages),
  translations: many(reviewTranslations),
}));
export const reviewHelpfulVotesRelations = relations(reviewHelpfulVotes, ({ one }) => ({
  review: one(reviews, { fields: [reviewHelpfulVotes.reviewId], references: [reviews.id] }),
}));
export const reviewImagesRelations = relations(reviewImages, ({ one }) => ({
  review: one(reviews, { fields: [reviewImages.reviewId], references: [reviews.id] }),
}));
export const reviewTranslationsRelations = relations(reviewTranslations, ({ one }) => ({
  review: one(reviews, { fields: [reviewTranslations.reviewId], references: [reviews.id] }),
}));
