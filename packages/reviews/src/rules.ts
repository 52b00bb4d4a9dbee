import { defineRules } from '@touriquest/core';

/**
 * Every rule this package raises, by name (a CHECK, unique or exclusion constraint, or the `constraint` a
 * trigger raises): the stable code a service switches on and the sentence it shows. Pass this table to
 * core's `toRuleError`/`mapRuleErrors`; `packages/db/test/rules-tables.test.ts` holds it equal to the
 * migrated catalog and to the names the SQL raises, both ways.
 */
export const reviewsRules = defineRules({
  reviews_single_target_check: {
    code: 'invalid_input',
    message: 'a review is about exactly one property, POI or experience',
  },
  reviews_rating_check: { code: 'invalid_input', message: 'rating is 1 to 5' },
  reviews_sub_ratings_check: { code: 'invalid_input', message: 'sub-ratings are 1 to 5' },
  reviews_body_check: { code: 'invalid_input', message: 'a review needs a body' },
  reviews_verified_stay_check: {
    code: 'not_verified',
    message: "a verified review's booking must be the author's completed stay at this property",
  },
  reviews_verified_experience_check: {
    code: 'not_verified',
    message:
      "a verified review's experience booking must be the author's completed booking of this experience",
  },
  reviews_booking_target_check: {
    code: 'invalid_input',
    message: 'a stay verifies only a property review, an experience booking only an experience review',
  },
  reviews_author_id_booking_id_key: { code: 'duplicate', message: 'one review per author per booking' },
  reviews_author_id_experience_booking_id_key: {
    code: 'duplicate',
    message: 'one review per author per experience booking',
  },
  review_helpful_votes_own_review_check: {
    code: 'invalid_input',
    message: 'authors cannot vote on their own review',
  },
  review_images_media_kind_check: { code: 'invalid_input', message: 'a review photo must be an image file' },
  review_helpful_votes_review_id_user_id_key: {
    code: 'already_exists',
    message: 'one vote per user per review',
  },
  review_translations_review_id_locale_key: {
    code: 'already_exists',
    message: 'one translation per review and locale',
  },
  review_images_sort_order_check: { code: 'invalid_input', message: 'a sort order cannot be negative' },
  review_translations_body_check: { code: 'invalid_input', message: 'a translated review cannot be empty' },
  reviews_helpful_count_check: { code: 'invalid_input', message: 'a helpful count cannot be negative' },
  reviews_host_response_check: {
    code: 'invalid_input',
    message: 'a host response and its time come together',
  },
  reviews_host_response_body_check: { code: 'invalid_input', message: 'a host response cannot be blank' },
});
