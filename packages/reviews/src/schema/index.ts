// The runtime schema of reviews: tables, enums, relations and views only (what drizzle-kit and createDb read).
export { reviewStatusEnum } from './enums';
export { reviewHelpfulVotes, reviewHelpfulVotesRelations } from './review-helpful-votes';
export { reviewImages, reviewImagesRelations } from './review-images';
export { reviewTranslations, reviewTranslationsRelations } from './review-translations';
export { reviews, reviewsRelations } from './reviews';
