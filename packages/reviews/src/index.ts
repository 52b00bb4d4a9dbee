// Value lists (`as const`) feeding the pgEnums and zod, and their types
export { type ReviewStatus, reviewStatuses } from './constants';
// Repeatable SQL (functions, triggers, comments) that migrate and push apply
export { reviewsLogic, reviewsRenderedSql } from './logic';
export { ReviewError } from './queries/errors';
// Queries: reviews
export {
  moderateReview,
  postReview,
  publishedReviewsOf,
  publishedReviewsQuery,
  type ReviewTarget,
  setReviewDeleted,
  voteReviewHelpful,
} from './queries/reviews';
// Every rule this package raises: its error code and the sentence a service shows
export { reviewsRules } from './rules';
// Tables, enums, relations and row types (the runtime part is also `@touriquest/reviews/schema`)
export { reviewStatusEnum } from './schema/enums';
export {
  type NewReviewHelpfulVote,
  type ReviewHelpfulVote,
  reviewHelpfulVotes,
  reviewHelpfulVotesRelations,
} from './schema/review-helpful-votes';
export {
  type NewReviewImage,
  type ReviewImage,
  reviewImages,
  reviewImagesRelations,
} from './schema/review-images';
export {
  type NewReviewTranslation,
  type ReviewTranslation,
  reviewTranslations,
  reviewTranslationsRelations,
} from './schema/review-translations';
export { type NewReview, type Review, reviews, reviewsRelations } from './schema/reviews';
// zod: insert/update/select schemas with the database's rules, and API inputs
export {
  insertReviewHelpfulVoteSchema,
  insertReviewImageSchema,
  insertReviewSchema,
  insertReviewTranslationSchema,
  selectReviewHelpfulVoteSchema,
  selectReviewImageSchema,
  selectReviewSchema,
  selectReviewTranslationSchema,
  updateReviewSchema,
} from './validation';
