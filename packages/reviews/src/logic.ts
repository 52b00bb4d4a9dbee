import {
  describeRules,
  loadSqlFolder,
  mediaKindSql,
  type RenderedSql,
  renderedSqlFile,
  standardTriggersSql,
} from '@touriquest/core';
import { reviews, reviewTranslations } from './schema';

describeRules({
  reviews_single_target_check: 'a review is about exactly one property, POI or experience',
  reviews_rating_check: 'rating is 1 to 5',
  reviews_sub_ratings_check: 'sub-ratings are 1 to 5',
  reviews_body_check: 'a review needs a body',
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
});

/**
 * This package's repeatable SQL: every file of `src/sql/`, hand-written or rendered (`*.generated.sql`),
 * applied after the migrations and after push.
 */
export const reviewsLogic = loadSqlFolder('reviews', new URL('./sql/', import.meta.url));

/** The files of `src/sql/` rendered from core's generators (`pnpm sql:render` writes them). */
export const reviewsRenderedSql: RenderedSql = {
  'standard-triggers.generated.sql': renderedSqlFile(
    'standardTriggersSql in @touriquest/reviews/src/logic.ts',
    standardTriggersSql([{ table: reviews }, { table: reviewTranslations, audit: false }]),
  ),
  'media-kinds.generated.sql': renderedSqlFile(
    "core's mediaKindSql in @touriquest/reviews/src/logic.ts",
    mediaKindSql({ table: 'review_images', column: 'media_id', kinds: ['image'] }),
  ),
};
