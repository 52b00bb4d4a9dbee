export * from './constants';
export { reviewsLogic, reviewsRenderedSql } from './logic';
export { ReviewError } from './queries/errors';
export * from './queries/reviews';
export * from './schema';
export * from './validation';
