import { createInsertSchema, createSelectSchema, createUpdateSchema } from 'drizzle-zod';
import { z } from 'zod';
import { reviewHelpfulVotes } from './schema/review-helpful-votes';
import { reviewImages } from './schema/review-images';
import { reviewTranslations } from './schema/review-translations';
import { reviews } from './schema/reviews';

// Each refinement mirrors a CHECK of the same name.
const star = () => z.number().int().min(1, 'ratings are 1 to 5').max(5, 'ratings are 1 to 5');
const reviewFields = {
  rating: star,
  cleanlinessRating: star,
  accuracyRating: star,
  communicationRating: star,
  locationRating: star,
  valueRating: star,
  body: (s: z.ZodString) => s.trim().min(1, 'a review needs a body (reviews_body_check)'),
  helpfulCount: () => z.number().int().min(0),
};
const stamped = { id: true, createdAt: true, updatedAt: true } as const;
const generated = { ...stamped, createdBy: true, updatedBy: true } as const;

export const insertReviewSchema = createInsertSchema(reviews, reviewFields)
  .omit({ ...generated, deletedAt: true, deletedBy: true, helpfulCount: true })
  .refine((r) => [r.propertyId, r.poiId, r.experienceId].filter((v) => v != null).length === 1, {
    message: 'a review is about exactly one property, POI or experience (reviews_single_target_check)',
  })
  .refine(
    (r) =>
      (r.bookingId == null || r.propertyId != null) &&
      (r.experienceBookingId == null || r.experienceId != null),
    {
      message:
        'a stay verifies only a property review and an experience booking only an experience review (reviews_booking_target_check)',
    },
  );
export const updateReviewSchema = createUpdateSchema(reviews, reviewFields).omit(generated);
export const selectReviewSchema = createSelectSchema(reviews);

// review_helpful_votes_own_review_check (no voting on one's own review) needs the review's author: the database's.
export const insertReviewHelpfulVoteSchema = createInsertSchema(reviewHelpfulVotes).omit(stamped);
export const selectReviewHelpfulVoteSchema = createSelectSchema(reviewHelpfulVotes);
export const insertReviewImageSchema = createInsertSchema(reviewImages, {
  sortOrder: () => z.number().int().min(0),
}).omit(stamped);
export const selectReviewImageSchema = createSelectSchema(reviewImages);
export const insertReviewTranslationSchema = createInsertSchema(reviewTranslations, {
  body: (s) => s.trim().min(1),
}).omit(stamped);
export const selectReviewTranslationSchema = createSelectSchema(reviewTranslations);
