export * from './api';
export * from './constants';
export { reviewsLogic, reviewsRenderedSql } from './logic';
export * from './schema';
export * from './validation';
