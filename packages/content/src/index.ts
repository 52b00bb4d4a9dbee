export * from './constants';
export { contentLogic, contentRenderedSql } from './logic';
export * from './queries/analytics';
export * from './queries/search';
export * from './queries/templates';
export * from './queries/versions';
export * from './schema';
export * from './validation';
