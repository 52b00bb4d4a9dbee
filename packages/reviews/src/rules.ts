import { describeRules } from '@touriquest/core';

/**
 * The sentence a service shows for each rule of this package, by the rule's name (a CHECK, unique or
 * exclusion constraint, or the `constraint` a trigger raises); core's toRuleError puts it on the error.
 */
export const reviewsRules = {
  reviews_single_target_check: 'a review is about exactly one property, POI or experience',
  reviews_rating_check: 'rating is 1 to 5',
  reviews_sub_ratings_check: 'sub-ratings are 1 to 5',
  reviews_body_check: 'a review needs a body',
  reviews_host_response_body_check: 'a host response cannot be blank',
  reviews_verified_stay_check:
    "a verified review's booking must be the author's completed stay at this property",
  reviews_verified_experience_check:
    "a verified review's experience booking must be the author's completed booking of this experience",
  reviews_booking_target_check:
    'a stay verifies only a property review, an experience booking only an experience review',
  reviews_author_id_booking_id_key: 'one review per author per booking',
  reviews_author_id_experience_booking_id_key: 'one review per author per experience booking',
  review_helpful_votes_own_review_check: 'authors cannot vote on their own review',
  review_images_media_kind_check: 'a review photo must be an image file',
  review_helpful_votes_review_id_user_id_key: 'one vote per user per review',
  review_translations_review_id_locale_key: 'one translation per review and locale',
} as const satisfies Record<string, string>;

describeRules(reviewsRules);
