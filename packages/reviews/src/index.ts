export * from './constants';
export { reviewsLogic, reviewsRenderedSql } from './logic';
export { ReviewError } from './queries/errors';
export * from './queries/reviews';
export { reviewsRules } from './rules';
export * from './schema';
export * from './validation';
