export * from './constants';
export { socialLogic, socialRenderedSql } from './logic';
export * from './queries/feed';
export * from './queries/notifications';
export { socialRules } from './rules';
export * from './schema';
export * from './validation';
