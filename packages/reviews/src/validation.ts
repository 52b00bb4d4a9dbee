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
  hostResponse: (s: z.ZodString) =>
    s.trim().min(1, 'a host response cannot be blank (reviews_host_response_body_check)'),
};
// reviews_host_response_check: the response and the time it was given come together.
const responsePair = (r: { hostResponse?: string | null; hostRespondedAt?: Date | null }) =>
  (r.hostResponse == null) === (r.hostRespondedAt == null);
const responsePairMessage = {
  message: 'a host response and its time come together (reviews_host_response_check)',
  path: ['hostRespondedAt'],
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
  )
  .refine(responsePair, responsePairMessage);
// An update that carries either half of the response must carry both (the row's other half may be stale).
export const updateReviewSchema = createUpdateSchema(reviews, reviewFields)
  .omit(generated)
  .refine(
    (r) => (r.hostResponse === undefined && r.hostRespondedAt === undefined) || responsePair(r),
    responsePairMessage,
  );
export const selectReviewSchema = createSelectSchema(reviews);

// review_helpful_votes_own_review_check (no voting on one's own review) needs the review's author: the database's.
export const insertReviewHelpfulVoteSchema = createInsertSchema(reviewHelpfulVotes).omit(stamped);
export const selectReviewHelpfulVoteSchema = createSelectSchema(reviewHelpfulVotes);
export const insertReviewImageSchema = createInsertSchema(reviewImages, {
  sortOrder: (s) => s.int().min(0),
}).omit(stamped);
export const selectReviewImageSchema = createSelectSchema(reviewImages);
export const insertReviewTranslationSchema = createInsertSchema(reviewTranslations, {
  body: (s) => s.trim().min(1),
}).omit(stamped);
export const selectReviewTranslationSchema = createSelectSchema(reviewTranslations);
