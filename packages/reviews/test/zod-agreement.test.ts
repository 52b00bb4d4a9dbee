import { makeMedia, makeUser, type TestDb } from '@touriquest/testing';
import { describeZodAgreement } from '@touriquest/testing/zod-agreement';
import * as schemaExports from '../src/schema';
import { reviewHelpfulVotes, reviewImages, reviews, reviewTranslations } from '../src/schema';
import {
  insertReviewHelpfulVoteSchema,
  insertReviewImageSchema,
  insertReviewSchema,
  insertReviewTranslationSchema,
} from '../src/validation';
import { property } from './fixtures';

async function publishedReview(tx: TestDb) {
  const [r] = await tx
    .insert(reviews)
    .values({
      propertyId: (await property(tx)).id,
      authorId: (await makeUser(tx)).id,
      rating: 4,
      body: 'Calm',
    })
    .returning();
  return r!;
}

const verifiedStay = {
  reviews_verified_stay_check:
    "a booking verifies a review only when it is the author's completed stay there",
  reviews_verified_experience_check:
    "an experience booking verifies a review only when it is the author's completed one",
};

describeZodAgreement('@touriquest/reviews', schemaExports, [
  {
    table: reviews,
    schema: insertReviewSchema,
    validRow: async (tx) => ({
      propertyId: (await property(tx)).id,
      authorId: (await makeUser(tx)).id,
      rating: 5,
      title: 'Lovely',
      body: 'A calm riad near the square.',
      locale: 'en',
    }),
    hints: {
      hostResponse: { extra: ['Thank you!'] },
      hostRespondedAt: { extra: [new Date()] },
    },
    crossRow: verifiedStay,
  },
  {
    table: reviewHelpfulVotes,
    schema: insertReviewHelpfulVoteSchema,
    validRow: async (tx) => ({ reviewId: (await publishedReview(tx)).id, userId: (await makeUser(tx)).id }),
    crossRow: { review_helpful_votes_own_review_check: 'the voter must not be the review’s author' },
  },
  {
    table: reviewImages,
    schema: insertReviewImageSchema,
    validRow: async (tx) => ({ reviewId: (await publishedReview(tx)).id, mediaId: await makeMedia(tx) }),
    crossRow: { review_images_media_kind_check: 'the media file must be an image' },
  },
  {
    table: reviewTranslations,
    schema: insertReviewTranslationSchema,
    validRow: async (tx) => ({ reviewId: (await publishedReview(tx)).id, locale: 'fr', body: 'Calme' }),
  },
]);
