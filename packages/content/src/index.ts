export * from './constants';
export { contentLogic, contentRenderedSql } from './logic';
export * from './queries/analytics';
export * from './queries/search';
export * from './queries/templates';
export * from './queries/versions';
export { contentRules } from './rules';
export * from './schema';
export * from './validation';
